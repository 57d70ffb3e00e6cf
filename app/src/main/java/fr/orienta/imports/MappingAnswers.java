package fr.orienta.imports;

import fr.orienta.spi.SourceField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A coordinator's answers to « which field is this column? » for one adapter, checked before they
 * are saved: header → field key, {@link HeaderMapping#IGNORED} (or {@code null}) to ignore the
 * column. Headers are compared as {@link HeaderMapping} compares them ({@link
 * SourceField#normalise}).
 */
final class MappingAnswers {

  /** The longest header the {@code column_mapping} table keeps. */
  static final int MAX_HEADER = 200;

  private final Map<String, String> answers;

  private MappingAnswers(Map<String, String> answers) {
    this.answers = answers;
  }

  /** Header (trimmed) → field key ({@code ""} to ignore), in the order given. */
  Map<String, String> answers() {
    return answers;
  }

  /**
   * Checks answers against the adapter's fields and, when given, against the file they were made
   * for.
   *
   * @param sourceLabel the adapter's label, for messages
   * @param fileMapping the file's current mapping (before these answers), or {@code null} when the
   *     answers are not made for a file
   * @throws InvalidMappingException with every problem found, in French
   */
  static MappingAnswers check(
      Map<String, String> given,
      List<SourceField> fields,
      String sourceLabel,
      HeaderMapping fileMapping) {
    List<String> problems = new ArrayList<>();
    Map<String, SourceField> byKey = new LinkedHashMap<>();
    fields.forEach(field -> byKey.putIfAbsent(field.key(), field));
    Map<String, String> answers = new LinkedHashMap<>();
    Map<String, String> headerByNormalised = new LinkedHashMap<>();
    if (given == null || given.isEmpty()) {
      throw new InvalidMappingException(List.of("Aucune correspondance à enregistrer."));
    }
    given.forEach(
        (rawHeader, rawKey) -> {
          String header = rawHeader == null ? "" : rawHeader.strip();
          String key = rawKey == null ? HeaderMapping.IGNORED : rawKey.strip();
          String normalised = SourceField.normalise(header);
          if (normalised.isEmpty()) {
            problems.add("Une colonne sans en-tête ne peut pas recevoir de champ.");
            return;
          }
          if (header.length() > MAX_HEADER) {
            problems.add(
                "En-tête trop long (" + MAX_HEADER + " caractères au plus) : « " + header + " ».");
            return;
          }
          if (!key.isEmpty() && !byKey.containsKey(key)) {
            problems.add(
                "Champ inconnu pour le format « "
                    + sourceLabel
                    + " » : « "
                    + key
                    + " ». Champs possibles : "
                    + byKey.values().stream()
                        .map(f -> f.key() + " (" + f.label() + ")")
                        .collect(Collectors.joining(", "))
                    + ".");
            return;
          }
          String other = headerByNormalised.putIfAbsent(normalised, header);
          if (other != null) {
            if (!key.equals(answers.get(other))) {
              problems.add(
                  "La colonne « "
                      + header
                      + " » reçoit deux réponses différentes (elle s'écrit aussi « "
                      + other
                      + " »).");
            }
            return;
          }
          answers.put(header, key);
        });

    Map<String, List<String>> headersByField = new LinkedHashMap<>();
    answers.forEach(
        (header, key) -> {
          if (!key.isEmpty()) {
            headersByField.computeIfAbsent(key, k -> new ArrayList<>()).add(header);
          }
        });
    headersByField.forEach(
        (key, headers) -> {
          if (headers.size() > 1) {
            problems.add(
                "Le champ « "
                    + byKey.get(key).label()
                    + " » est choisi pour plusieurs colonnes : "
                    + quoted(headers)
                    + ". Un champ ne se lit que dans une colonne : ignorez les autres.");
          }
        });

    if (fileMapping != null) {
      List<String> fileHeaders =
          fileMapping.headers().stream().map(SourceField::normalise).toList();
      answers.forEach(
          (header, key) -> {
            if (!fileHeaders.contains(SourceField.normalise(header))) {
              problems.add("La colonne « " + header + " » n'existe pas dans ce fichier.");
            } else if (!key.isEmpty()) {
              fedElsewhere(fileMapping, key, headerByNormalised)
                  .ifPresent(
                      column ->
                          problems.add(
                              "Le champ « "
                                  + byKey.get(key).label()
                                  + " » est déjà lu dans la colonne « "
                                  + column
                                  + " » : choisissez un autre champ pour « "
                                  + header
                                  + " », ou ignorez l'une des deux colonnes."));
            }
          });
    }
    if (!problems.isEmpty()) {
      throw new InvalidMappingException(problems);
    }
    return new MappingAnswers(answers);
  }

  /** The header of the column that feeds a field today, unless these answers change it. */
  private static Optional<String> fedElsewhere(
      HeaderMapping mapping, String key, Map<String, String> answeredByNormalised) {
    int column = mapping.column(key);
    if (column == 0) {
      return Optional.empty();
    }
    String header = mapping.header(column);
    return answeredByNormalised.containsKey(SourceField.normalise(header))
        ? Optional.empty()
        : Optional.of(header);
  }

  private static String quoted(List<String> headers) {
    List<String> named = headers.stream().map(h -> "« " + h + " »").toList();
    return String.join(", ", named.subList(0, named.size() - 1))
        + " et "
        + named.get(named.size() - 1);
  }
}
