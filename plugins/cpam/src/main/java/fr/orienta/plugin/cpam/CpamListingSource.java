package fr.orienta.plugin.cpam;

import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceField;
import fr.orienta.spi.SourceRow;
import fr.orienta.spi.Values;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The CPAM listing of insured people without médecin traitant: NIR (13 characters and key in two
 * columns, or 15 in one), identity, address, landline and mobile, ALD and its number, CSS, and the
 * last known MT's RPPS with the date their declaration ended.
 */
public final class CpamListingSource implements PatientSource {

  static final String NIR = "nir";
  static final String MATRICULE = "matricule";
  static final String NIR_KEY = "nirKey";
  static final String LAST_NAME = "lastName";
  static final String USAGE_NAME = "usageName";
  static final String FIRST_NAME = "firstName";
  static final String BIRTH_DATE = "birthDate";
  static final String SEX = "sex";
  static final String ADDRESS = "address";
  static final String POSTAL_CODE = "postalCode";
  static final String COMMUNE_NAME = "communeName";
  static final String INSEE_CODE = "inseeCode";
  static final String PHONE = "phone";
  static final String MOBILE = "mobile";
  static final String EMAIL = "email";
  static final String ALD = "ald";
  static final String ALD_CODE = "aldCode";
  static final String CSS = "css";
  static final String LAST_DOCTOR_RPPS = "lastDoctorRpps";
  static final String LAST_DOCTOR_END = "lastDoctorEnd";

  // The order of the listing as the CPAM sends it, so a mapping screen reads like the file.
  static final List<SourceField> FIELDS =
      List.of(
          field(
              MATRICULE,
              "Matricule (NIR sans clé)",
              false,
              "Matricule",
              "NIR sans clé",
              "N° d'immatriculation",
              "Numéro d'immatriculation",
              "Immatriculation"),
          field(
              NIR_KEY, "Clé du NIR", false, "Clé", "Clé NIR", "Clé du NIR", "Clé sécurité sociale"),
          field(
              NIR,
              "NIR avec clé (15 caractères)",
              false,
              "NIR",
              "N° sécurité sociale",
              "NIR avec clé",
              "N° de sécurité sociale",
              "Numéro de sécurité sociale",
              "No sécurité sociale",
              "N° SS",
              "NIR complet",
              "Numéro NIR"),
          field(
              LAST_NAME,
              "Nom de naissance",
              true,
              "Nom patronymique",
              "Nom de naissance",
              "Nom",
              "Nom de famille",
              "Nom naissance",
              "Patronyme"),
          field(
              USAGE_NAME,
              "Nom d'usage",
              false,
              "Nom d'usage",
              "Nom marital",
              "Nom usuel",
              "Nom d'épouse",
              "Nom usage"),
          field(FIRST_NAME, "Prénom", true, "Prénom", "Prénoms", "Prénom usuel", "Premier prénom"),
          field(
              BIRTH_DATE,
              "Date de naissance",
              true,
              "Date de naissance",
              "Né(e) le",
              "DDN",
              "Date naissance",
              "Naissance",
              "Date de naiss",
              "Date nais"),
          field(SEX, "Sexe", false, "Sexe", "Genre", "Civilité"),
          field(
              ADDRESS,
              "Adresse",
              false,
              "Adresse",
              "Adresse postale",
              "Adresse 1",
              "Adresse ligne 1",
              "Ligne adresse",
              "Voie"),
          field(POSTAL_CODE, "Code postal", false, "Code postal", "CP", "Code post"),
          field(
              COMMUNE_NAME,
              "Commune",
              false,
              "Commune",
              "Ville",
              "Localité",
              "Libellé commune",
              "Nom commune",
              "Commune de résidence"),
          field(
              INSEE_CODE,
              "Code INSEE de la commune",
              false,
              "Code INSEE",
              "Code commune",
              "INSEE",
              "Code INSEE commune",
              "COG",
              "Code COG"),
          field(
              PHONE,
              "Téléphone fixe",
              false,
              "Téléphone fixe",
              "Tél fixe",
              "Fixe",
              "Téléphone domicile",
              "Tél domicile",
              "Téléphone",
              "Tél",
              "Numéro de téléphone"),
          field(
              MOBILE,
              "Téléphone portable",
              false,
              "Téléphone portable",
              "Tél portable",
              "Portable",
              "Mobile",
              "Téléphone mobile",
              "Tél mobile",
              "GSM"),
          field(
              EMAIL,
              "Courriel",
              false,
              "Courriel",
              "Mail",
              "E-mail",
              "Email",
              "Adresse mail",
              "Adresse e-mail",
              "Adresse électronique",
              "Mél"),
          field(
              ALD,
              "ALD (oui/non)",
              false,
              "ALD",
              "Exonération ALD",
              "En ALD",
              "Exo ALD",
              "ALD (O/N)",
              "Affection de longue durée"),
          field(ALD_CODE, "Code ALD (1 à 32)", false, "Code ALD", "N° ALD", "Numéro ALD", "ALD n°"),
          field(
              CSS,
              "CSS (oui/non)",
              false,
              "CSS",
              "C2S",
              "CMU-C",
              "CMUC",
              "Complémentaire santé solidaire",
              "CSS (O/N)"),
          field(
              LAST_DOCTOR_RPPS,
              "RPPS du dernier médecin traitant",
              false,
              "RPPS dernier MT",
              "RPPS du dernier MT",
              "RPPS ancien MT",
              "RPPS dernier médecin traitant",
              "Dernier MT (RPPS)"),
          field(
              LAST_DOCTOR_END,
              "Date de fin du dernier médecin traitant",
              false,
              "Date de fin MT",
              "Date fin MT",
              "Fin MT",
              "Date de fin du MT",
              "Date fin dernier MT"));

  // Birth dates are judged against the French calendar day, whatever the server's zone.
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private final Clock clock;

  public CpamListingSource() {
    this(Clock.system(FRANCE));
  }

  CpamListingSource(Clock clock) {
    this.clock = clock;
  }

  private static SourceField field(String key, String label, boolean required, String... aliases) {
    return new SourceField(key, label, List.of(aliases), required);
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
        PatientRecord.builder()
            .nir(nir)
            .lastName(check.required(LAST_NAME, Values::lastName, "Nom de naissance manquant"))
            .usageName(check.optional(USAGE_NAME, Values::lastName))
            .firstName(check.required(FIRST_NAME, Values::firstName, "Prénom manquant"))
            .birthDate(
                check.required(
                    BIRTH_DATE,
                    raw -> Values.birthDate(raw, LocalDate.now(clock)),
                    "Date de naissance manquante"));

    PatientRecord.Sex sex = check.optional(SEX, Values::sex);
    record
        .sex(sex != null ? sex : Values.sexFromNir(nir))
        .address(Values.text(row.get(ADDRESS)))
        .postalCode(check.optional(POSTAL_CODE, Values::postalCode))
        .communeName(Values.text(row.get(COMMUNE_NAME)))
        .inseeCode(check.optional(INSEE_CODE, Values::inseeCode));

    String phone = check.optional(PHONE, Values::phone);
    String mobile = check.optional(MOBILE, Values::phone);
    if (row.column(PHONE) == 0 || row.column(MOBILE) == 0) {
      // With one phone column the file mixes both kinds: the prefix tells which a number is.
      String only = phone != null ? phone : mobile;
      phone = Values.isMobile(only) ? null : only;
      mobile = Values.isMobile(only) ? only : null;
    }
    record.phone(phone).mobile(mobile).email(check.optional(EMAIL, Values::email));

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
