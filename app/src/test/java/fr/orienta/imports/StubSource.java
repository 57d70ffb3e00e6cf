package fr.orienta.imports;

import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.SourceRow;
import java.util.List;

/** A listing format shaped like the real adapters', so the core is tested without the plugins. */
class StubSource implements PatientSource {

  static final SourceField LAST_NAME =
      new SourceField(
          "lastName",
          "Nom de naissance",
          List.of("Nom patronymique", "Nom de naissance", "Nom", "Nom de famille"),
          true);
  static final SourceField USAGE_NAME =
      new SourceField("usageName", "Nom d'usage", List.of("Nom d'usage", "Nom marital"), false);
  static final SourceField FIRST_NAME =
      new SourceField("firstName", "Prénom", List.of("Prénom", "Prenom"), true);
  static final SourceField BIRTH_DATE =
      new SourceField(
          "birthDate",
          "Date de naissance",
          List.of("Date de naissance", "Né(e) le", "date_naissance"),
          true);
  static final SourceField NIR =
      new SourceField("nir", "NIR", List.of("NIR", "N° sécurité sociale"), false);
  static final SourceField PHONE =
      new SourceField("phone", "Téléphone", List.of("Téléphone", "Tél", "Téléphone fixe"), false);
  static final SourceField ADDRESS =
      new SourceField("address", "Adresse", List.of("Adresse", "Adresse postale"), false);

  static final List<SourceField> FIELDS =
      List.of(LAST_NAME, USAGE_NAME, FIRST_NAME, BIRTH_DATE, NIR, PHONE, ADDRESS);

  @Override
  public String id() {
    return "stub";
  }

  @Override
  public String label() {
    return "Format de test";
  }

  @Override
  public List<SourceField> fields() {
    return FIELDS;
  }

  @Override
  public RowResult read(SourceRow row) {
    return RowResult.rejected(
        List.of(row.problem(LAST_NAME.key(), "Non lu par le format de test")));
  }
}
