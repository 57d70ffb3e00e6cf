package fr.orienta.plugin.cpam;

import static fr.orienta.spi.CommonFields.ADDRESS;
import static fr.orienta.spi.CommonFields.ADDRESS_HEADERS;
import static fr.orienta.spi.CommonFields.ALD;
import static fr.orienta.spi.CommonFields.ALD_HEADERS;
import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.BIRTH_DATE_HEADERS;
import static fr.orienta.spi.CommonFields.COMMUNE_NAME;
import static fr.orienta.spi.CommonFields.COMMUNE_NAME_HEADERS;
import static fr.orienta.spi.CommonFields.CSS;
import static fr.orienta.spi.CommonFields.CSS_HEADERS;
import static fr.orienta.spi.CommonFields.EMAIL;
import static fr.orienta.spi.CommonFields.EMAIL_HEADERS;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.FIRST_NAME_HEADERS;
import static fr.orienta.spi.CommonFields.INSEE_CODE;
import static fr.orienta.spi.CommonFields.INSEE_CODE_HEADERS;
import static fr.orienta.spi.CommonFields.LANDLINE_HEADERS;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.LAST_NAME_HEADERS;
import static fr.orienta.spi.CommonFields.MOBILE;
import static fr.orienta.spi.CommonFields.MOBILE_HEADERS;
import static fr.orienta.spi.CommonFields.NIR;
import static fr.orienta.spi.CommonFields.NIR_HEADERS;
import static fr.orienta.spi.CommonFields.PHONE;
import static fr.orienta.spi.CommonFields.PHONE_HEADERS;
import static fr.orienta.spi.CommonFields.POSTAL_CODE;
import static fr.orienta.spi.CommonFields.POSTAL_CODE_HEADERS;
import static fr.orienta.spi.CommonFields.SEX;
import static fr.orienta.spi.CommonFields.SEX_HEADERS;
import static fr.orienta.spi.CommonFields.USAGE_NAME;
import static fr.orienta.spi.CommonFields.USAGE_NAME_HEADERS;

import fr.orienta.spi.CommonFields;
import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.SourceRow;
import fr.orienta.spi.Values;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The CPAM listing of insured people without médecin traitant: NIR (13 characters and key in two
 * columns, or 15 in one), identity, address, landline and mobile, ALD and its number, CSS, and the
 * last known MT's RPPS with the date their declaration ended.
 */
public final class CpamListingSource implements PatientSource {

  static final String MATRICULE = "matricule";
  static final String NIR_KEY = "nirKey";
  static final String ALD_CODE = "aldCode";
  static final String LAST_DOCTOR_RPPS = "lastDoctorRpps";
  static final String LAST_DOCTOR_END = "lastDoctorEnd";

  // The order of the listing as the CPAM sends it, so a mapping screen reads like the file.
  static final List<SourceField> FIELDS =
      List.of(
          SourceField.of(
              MATRICULE,
              "Matricule (NIR sans clé)",
              false,
              "Matricule",
              "NIR sans clé",
              "N° d'immatriculation",
              "Numéro d'immatriculation",
              "Immatriculation"),
          SourceField.of(
              NIR_KEY, "Clé du NIR", false, "Clé", "Clé NIR", "Clé du NIR", "Clé sécurité sociale"),
          SourceField.of(NIR, "NIR avec clé (15 caractères)", false).plusAliases(NIR_HEADERS),
          SourceField.of(LAST_NAME, "Nom de naissance", true, "Nom patronymique")
              .plusAliases(LAST_NAME_HEADERS),
          SourceField.of(USAGE_NAME, "Nom d'usage", false).plusAliases(USAGE_NAME_HEADERS),
          SourceField.of(FIRST_NAME, "Prénom", true).plusAliases(FIRST_NAME_HEADERS),
          SourceField.of(BIRTH_DATE, "Date de naissance", true).plusAliases(BIRTH_DATE_HEADERS),
          SourceField.of(SEX, "Sexe", false).plusAliases(SEX_HEADERS),
          SourceField.of(ADDRESS, "Adresse", false).plusAliases(ADDRESS_HEADERS),
          SourceField.of(POSTAL_CODE, "Code postal", false).plusAliases(POSTAL_CODE_HEADERS),
          SourceField.of(COMMUNE_NAME, "Commune", false).plusAliases(COMMUNE_NAME_HEADERS),
          SourceField.of(INSEE_CODE, "Code INSEE de la commune", false)
              .plusAliases(INSEE_CODE_HEADERS),
          // A phone column says nothing of its kind only when no mobile column stands beside it.
          SourceField.of(PHONE, "Téléphone fixe", false)
              .plusAliases(LANDLINE_HEADERS)
              .plusAliases(PHONE_HEADERS),
          SourceField.of(MOBILE, "Téléphone portable", false).plusAliases(MOBILE_HEADERS),
          SourceField.of(EMAIL, "Courriel", false).plusAliases(EMAIL_HEADERS),
          SourceField.of(ALD, "ALD (oui/non)", false).plusAliases(ALD_HEADERS),
          SourceField.of(
              ALD_CODE, "Code ALD (1 à 32)", false, "Code ALD", "N° ALD", "Numéro ALD", "ALD n°"),
          SourceField.of(CSS, "CSS (oui/non)", false).plusAliases(CSS_HEADERS),
          SourceField.of(
              LAST_DOCTOR_RPPS,
              "RPPS du dernier médecin traitant",
              false,
              "RPPS dernier MT",
              "RPPS du dernier MT",
              "RPPS ancien MT",
              "RPPS dernier médecin traitant",
              "Dernier MT (RPPS)"),
          SourceField.of(
              LAST_DOCTOR_END,
              "Date de fin du dernier médecin traitant",
              false,
              "Date de fin MT",
              "Date fin MT",
              "Fin MT",
              "Date de fin du MT",
              "Date fin dernier MT"));

  private final Clock clock;

  public CpamListingSource() {
    this(Clock.system(Values.FRANCE));
  }

  CpamListingSource(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return "cpam-listing";
  }

  @Override
  public String label() {
    return "Listing CPAM des assurés sans médecin traitant";
  }

  @Override
  public String description() {
    return "Fichier de la CPAM : NIR (matricule et clé), identité, adresse, téléphones, ALD, CSS"
        + " et dernier médecin traitant connu. Une ligne au NIR erroné est rejetée.";
  }

  @Override
  public List<SourceField> fields() {
    return FIELDS;
  }

  @Override
  public RowResult read(SourceRow row) {
    // Fields are read in the listing's column order, so the problems come in reading order.
    Values.RowCheck check = new Values.RowCheck(row);
    // A 15-character column wins; otherwise the matricule and its key column make the NIR.
    String nirColumn = row.get(NIR) != null ? NIR : MATRICULE;
    String nir = check.checked(nirColumn, raw -> Values.nir(raw, row.get(NIR_KEY)));
    PatientRecord.Builder record =
        CommonFields.readIdentity(check, nir, LocalDate.now(clock), "Nom de naissance manquant");
    CommonFields.readAddress(check, record);
    CommonFields.readPhones(check, record);
    record.email(check.optional(EMAIL, Values::email));

    Boolean ald = check.optional(ALD, Values::flag);
    Integer aldCode = check.optional(ALD_CODE, Values::aldCode);
    if (aldCode != null) {
      // The number is the more specific fact: a person with an ALD number is in ALD.
      if (Boolean.FALSE.equals(ald)) {
        check.warn(ALD, "ALD à « non » alors qu'un code ALD est donné : ALD retenue");
      }
      ald = Boolean.TRUE;
    }
    record
        .ald(ald)
        .aldCode(aldCode)
        .css(check.optional(CSS, Values::flag))
        .lastDoctorRpps(check.optional(LAST_DOCTOR_RPPS, Values::rpps))
        .lastDoctorEnd(check.optional(LAST_DOCTOR_END, Values::date));
    return check.result(record);
  }
}
