package fr.orienta.plugin.msa;

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
 * The MSA listing of insured people without médecin traitant: 15-character NIR, identity, postal
 * address, one phone, e-mail, ALD exemption and C2S (the complémentaire santé solidaire). Sex,
 * usage name and INSEE code are read when a listing has them.
 */
public final class MsaListingSource implements PatientSource {

  static final String NIR = "nir";
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
  static final String EMAIL = "email";
  static final String ALD = "ald";
  static final String CSS = "css";

  // The order of the listing as the MSA sends it, so a mapping screen reads like the file.
  static final List<SourceField> FIELDS =
      List.of(
          field(
              NIR,
              "N° de sécurité sociale (15 caractères)",
              false,
              "N° sécurité sociale",
              "N° de sécurité sociale",
              "Numéro de sécurité sociale",
              "No sécurité sociale",
              "N° SS",
              "NIR",
              "NIR avec clé",
              "NIR complet",
              "Numéro NIR"),
          field(
              LAST_NAME,
              "Nom de naissance",
              true,
              "Nom",
              "Nom de naissance",
              "Nom patronymique",
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
              "Né(e) le",
              "Date de naissance",
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
              "Adresse postale",
              "Adresse",
              "Adresse 1",
              "Adresse ligne 1",
              "Ligne adresse",
              "Voie"),
          field(POSTAL_CODE, "Code postal", false, "CP", "Code postal", "Code post"),
          field(
              COMMUNE_NAME,
              "Commune",
              false,
              "Ville",
              "Commune",
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
              "Téléphone",
              false,
              "Tél",
              "Téléphone",
              "Numéro de téléphone",
              "Portable",
              "Mobile",
              "Tél portable",
              "Téléphone portable",
              "Tél fixe",
              "Téléphone fixe",
              "GSM"),
          field(
              EMAIL,
              "Courriel",
              false,
              "Mail",
              "Courriel",
              "E-mail",
              "Email",
              "Adresse mail",
              "Adresse e-mail",
              "Adresse électronique",
              "Mél"),
          field(
              ALD,
              "Exonération ALD (oui/non)",
              false,
              "Exonération ALD",
              "ALD",
              "Exo ALD",
              "En ALD",
              "ALD (O/N)",
              "Affection de longue durée"),
          field(
              CSS,
              "C2S (oui/non)",
              false,
              "C2S",
              "CSS",
              "CMU-C",
              "CMUC",
              "Complémentaire santé solidaire",
              "CSS (O/N)"));

  // Birth dates are judged against the French calendar day, whatever the server's zone.
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private final Clock clock;

  public MsaListingSource() {
    this(Clock.system(FRANCE));
  }

  MsaListingSource(Clock clock) {
    this.clock = clock;
  }

  private static SourceField field(String key, String label, boolean required, String... aliases) {
    return new SourceField(key, label, List.of(aliases), required);
  }

  @Override
  public String id() {
    return "msa-listing";
  }

  @Override
  public String label() {
    return "Listing MSA des assurés sans médecin traitant";
  }

  @Override
  public String description() {
    return "Fichier de la MSA : NIR à 15 caractères, identité, adresse, téléphone, courriel,"
        + " exonération ALD et C2S. Une ligne au NIR erroné est rejetée.";
  }

  @Override
  public List<SourceField> fields() {
    return FIELDS;
  }

  @Override
  public RowResult read(SourceRow row) {
    // Fields are read in the listing's column order, so the problems come in reading order.
    Values.RowCheck check = new Values.RowCheck(row);
    String nir = check.checked(NIR, Values::nir);
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

    // One phone column holds landlines and mobiles alike: the prefix tells which a number is.
    String phone = check.optional(PHONE, Values::phone);
    if (Values.isMobile(phone)) {
      record.mobile(phone);
    } else {
      record.phone(phone);
    }

    return check.result(
        record
            .email(check.optional(EMAIL, Values::email))
            .ald(check.optional(ALD, Values::flag))
            .css(check.optional(CSS, Values::flag)));
  }
}
