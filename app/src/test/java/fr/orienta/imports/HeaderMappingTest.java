package fr.orienta.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.orienta.spi.SourceRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {

  static HeaderMapping map(List<String> headers, Map<String, String> saved) {
    return HeaderMapping.of(headers, new StubSource().fields(), saved);
  }

  static HeaderMapping map(String... headers) {
    return map(List.of(headers), Map.of());
  }

  @Test
  void cpamHeadersAreFoundThroughAliases() {
    try (TabularFile file =
        TabularFile.open(TabularFileTest.resource("cpam-listing.csv"), "cpam.csv")) {
      HeaderMapping mapping = HeaderMapping.of(file.header(), StubSource.FIELDS, Map.of());

      assertThat(mapping.isComplete()).isTrue();
      assertThat(mapping.problems()).isEmpty();
      assertThat(mapping.column("lastName")).isEqualTo(3);
      assertThat(mapping.column("usageName")).isEqualTo(4);
      assertThat(mapping.column("firstName")).isEqualTo(5);
      assertThat(mapping.column("birthDate")).isEqualTo(6);
      assertThat(mapping.column("phone")).isEqualTo(12);
      assertThat(mapping.column("nir")).isZero();
      assertThat(mapping.field(5)).contains(StubSource.FIRST_NAME);
      assertThat(mapping.field(1)).as("Matricule").isEmpty();
      assertThat(mapping.field(0)).isEmpty();
      assertThat(mapping.header(5)).isEqualTo("Prénom");
      assertThat(mapping.unmappedHeaders())
          .startsWith("Matricule", "Clé", "Sexe")
          .contains("Téléphone portable", "Courriel")
          .doesNotContain("Prénom", "Téléphone fixe");
    }
  }

  @Test
  void headersMatchWhateverTheirSpelling() {
    HeaderMapping mapping = map("NOM_PATRONYMIQUE", "prenom", "NE LE", "n° SECURITE sociale");

    assertThat(mapping.isComplete()).isTrue();
    assertThat(mapping.column("lastName")).isEqualTo(1);
    assertThat(mapping.column("firstName")).isEqualTo(2);
    assertThat(mapping.column("birthDate")).isEqualTo(3);
    assertThat(mapping.column("nir")).isEqualTo(4);
    assertThat(mapping.unmappedHeaders()).isEmpty();
  }

  @Test
  void aSavedMappingOverridesTheAliases() {
    // « Nom » is an alias of the birth name, but this CPTS's file puts the married name there.
    HeaderMapping mapping =
        map(
            List.of("Nom", "Nom de jeune fille", "Prénom", "Date de naissance"),
            Map.of("NOM DE JEUNE FILLE", "lastName", "nom", "usageName"));

    assertThat(mapping.isComplete()).isTrue();
    assertThat(mapping.column("lastName")).isEqualTo(2);
    assertThat(mapping.column("usageName")).isEqualTo(1);
    assertThat(mapping.unmappedHeaders()).isEmpty();
  }

  @Test
  void aSavedFieldIsNotTakenAgainByAnAlias() {
    HeaderMapping mapping =
        map(List.of("Nom", "Patronyme", "Prénom", "Né(e) le"), Map.of("Patronyme", "lastName"));

    assertThat(mapping.isComplete()).isTrue();
    assertThat(mapping.column("lastName")).isEqualTo(2);
    assertThat(mapping.unmappedHeaders()).containsExactly("Nom");
  }

  @Test
  void aSavedMappingCanIgnoreAColumnAndForgetsKeysTheSourceNoLongerHas() {
    HeaderMapping mapping =
        map(
            List.of("Nom", "Prénom", "Date de naissance", "Commentaire", "Tél"),
            Map.of("Commentaire", HeaderMapping.IGNORED, "Tél", "ancienChamp"));

    assertThat(mapping.unmappedHeaders()).isEmpty();
    assertThat(mapping.column("phone")).as("alias used instead of the stale key").isEqualTo(5);
  }

  @Test
  void unknownHeadersAreReportedForTheMappingScreen() {
    HeaderMapping mapping =
        map("Nom", "Prénom", "Date de naissance", "Médecin souhaité", "", "Code ALD");

    assertThat(mapping.isComplete()).isTrue();
    assertThat(mapping.unmappedHeaders()).containsExactly("Médecin souhaité", "Code ALD");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    HeaderMapping mapping = map("Nom d'usage", "Prénom", "Date de naissance");

    assertThat(mapping.isComplete()).isFalse();
    assertThat(mapping.missingRequired()).containsExactly(StubSource.LAST_NAME);
    assertThat(mapping.problems())
        .containsExactly(
            "Colonne obligatoire absente : Nom de naissance (en-tête habituel « Nom patronymique »)");
  }

  @Test
  void twoColumnsForOneFieldAreRefused() {
    HeaderMapping mapping = map("Nom", "Prénom", "Date de naissance", "Nom de famille");

    assertThat(mapping.isComplete()).isFalse();
    assertThat(mapping.column("lastName")).as("neither column is read").isZero();
    assertThat(mapping.missingRequired()).isEmpty();
    assertThat(mapping.problems())
        .containsExactly(
            "Les colonnes « Nom » (colonne 1) et « Nom de famille » (colonne 4) correspondent"
                + " toutes au champ « Nom de naissance » : indiquez laquelle utiliser et ignorez"
                + " les autres.");
    assertThat(mapping.unmappedHeaders()).containsExactly("Nom", "Nom de famille");
  }

  @Test
  void twoSavedColumnsForOneFieldAreRefusedToo() {
    HeaderMapping mapping =
        map(
            List.of("Nom", "Prénom", "Prénom usuel", "Date de naissance"),
            Map.of("Prénom usuel", "firstName"));

    assertThat(mapping.isComplete()).isTrue();
    assertThat(mapping.column("firstName")).isEqualTo(3);

    HeaderMapping twice =
        map(
            List.of("Nom", "Prénom", "Prénom usuel", "Date de naissance"),
            Map.of("Prénom usuel", "firstName", "Prénom", "firstName"));
    assertThat(twice.isComplete()).isFalse();
    assertThat(twice.problems())
        .singleElement()
        .asString()
        .contains("« Prénom »", "« Prénom usuel »");
  }

  @Test
  void rowsAreReadByFieldKeyTrimmedWithBlanksAsNull() {
    HeaderMapping mapping = map("Nom", "Prénom", "Date de naissance", "Tél");
    SourceRow row = mapping.row(new TabularRow(7, List.of("  DUPONT\u00A0", "", "  ")));

    assertThat(row.line()).isEqualTo(7);
    assertThat(row.get("lastName")).isEqualTo("DUPONT");
    assertThat(row.column("lastName")).isEqualTo(1);
    assertThat(row.get("firstName")).isNull();
    assertThat(row.get("birthDate")).isNull();
    assertThat(row.get("phone")).as("cell past the row's end").isNull();
    assertThat(row.column("phone")).isEqualTo(4);
    assertThat(row.get("nir")).as("field without a column").isNull();
    assertThat(row.column("nir")).isZero();
    assertThat(row.problem("phone", "Téléphone manquant"))
        .isEqualTo(new fr.orienta.spi.RowProblem(7, 4, null, "Téléphone manquant"));
    assertThat(row.toString()).doesNotContain("DUPONT");
  }

  @Test
  void reorderedColumnsGiveTheSameValues() {
    String usual = "Nom;Prénom;Né(e) le;Tél\nALLÈGRE;Théo;29/08/1954;06 39 98 09 66\n";
    String reordered = "tél,né le,PRENOM,nom\n06 39 98 09 66,29/08/1954,Théo,ALLÈGRE\n";

    SourceRow first = firstRow(usual);
    SourceRow second = firstRow(reordered);

    for (String key : List.of("lastName", "firstName", "birthDate", "phone")) {
      assertThat(second.get(key)).as(key).isEqualTo(first.get(key)).isNotNull();
    }
    assertThat(first.column("phone")).isEqualTo(4);
    assertThat(second.column("phone")).isEqualTo(1);
  }

  static SourceRow firstRow(String csv) {
    try (TabularFile file = TabularFile.open(csv.getBytes(StandardCharsets.UTF_8), "t.csv");
        Stream<TabularRow> rows = file.rows()) {
      HeaderMapping mapping = HeaderMapping.of(file.header(), StubSource.FIELDS, Map.of());
      assertThat(mapping.isComplete()).isTrue();
      return mapping.row(rows.findFirst().orElseThrow());
    }
  }
}
