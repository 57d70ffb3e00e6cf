package fr.orienta.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields that French listings of people without médecin traitant share (identity, address,
 * phones, e-mail, ALD, CSS): their standard keys, the header spellings met across CPAM, MSA and MSP
 * files, and the reading of those that every listing reads alike. Sharing them means that a header
 * known to one adapter is known to all, and that a value is read and reported the same way
 * whichever listing brings it.
 *
 * <p>An adapter declares a common field under its standard key, with the spelling its own files use
 * first, and reads it with {@link #readIdentity}, {@link #readAddress} and {@link #readPhones}:
 *
 * <pre>{@code
 * SourceField.of(LAST_NAME, "Nom de naissance", true, "Nom patronymique")
 *     .plusAliases(LAST_NAME_HEADERS)
 * ...
 * PatientRecord.Builder record =
 *     CommonFields.readIdentity(check, nir, LocalDate.now(clock), "Nom de naissance manquant");
 * CommonFields.readAddress(check, record);
 * CommonFields.readPhones(check, record);
 * }</pre>
 *
 * A reader reads a field the source does not declare as absent, so a format without, say, a sex or
 * usage-name column uses the same readers.
 */
public final class CommonFields {

  // Keys are the names of the PatientRecord components they fill.

  /** The NIR with its key, 15 characters. */
  public static final String NIR = "nir";

  /** The last name at birth, required. */
  public static final String LAST_NAME = "lastName";

  /** The usage (married) name. */
  public static final String USAGE_NAME = "usageName";

  /** The first name, required. */
  public static final String FIRST_NAME = "firstName";

  /** The date of birth, required. */
  public static final String BIRTH_DATE = "birthDate";

  /** The administrative sex. */
  public static final String SEX = "sex";

  /** The street address. */
  public static final String ADDRESS = "address";

  /** The postal code. */
  public static final String POSTAL_CODE = "postalCode";

  /** The commune's name. */
  public static final String COMMUNE_NAME = "communeName";

  /** The commune's INSEE code. */
  public static final String INSEE_CODE = "inseeCode";

  /** A phone: the landline when the file also has a {@link #MOBILE} column, else either kind. */
  public static final String PHONE = "phone";

  /** The mobile phone, in a listing that keeps it apart from the landline. */
  public static final String MOBILE = "mobile";

  /** The e-mail address. */
  public static final String EMAIL = "email";

  /** Whether the person is in ALD (affection de longue durée). */
  public static final String ALD = "ald";

  /** Whether the person has the CSS (complémentaire santé solidaire, formerly CMU-C). */
  public static final String CSS = "css";

  /** Headers of a 15-character NIR column. */
  public static final List<String> NIR_HEADERS =
      List.of(
          "NIR",
          "NIR avec clé",
          "NIR complet",
          "Numéro NIR",
          "N° sécurité sociale",
          "N° de sécurité sociale",
          "Numéro de sécurité sociale",
          "No sécurité sociale",
          "N° SS");

  /** Headers of the last name at birth. */
  public static final List<String> LAST_NAME_HEADERS =
      List.of(
          "Nom de naissance",
          "Nom",
          "Nom patronymique",
          "Nom de famille",
          "Nom naissance",
          "Patronyme");

  /** Headers of the usage name. */
  public static final List<String> USAGE_NAME_HEADERS =
      List.of("Nom d'usage", "Nom marital", "Nom usuel", "Nom d'épouse", "Nom usage");

  /** Headers of the first name. */
  public static final List<String> FIRST_NAME_HEADERS =
      List.of("Prénom", "Prénoms", "Prénom usuel", "Premier prénom");

  /** Headers of the date of birth. */
  public static final List<String> BIRTH_DATE_HEADERS =
      List.of(
          "Date de naissance",
          "Né(e) le",
          "DDN",
          "Date naissance",
          "Naissance",
          "Date de naiss",
          "Date nais");

  /** Headers of the sex, a civility column included. */
  public static final List<String> SEX_HEADERS = List.of("Sexe", "Genre", "Civilité");

  /** Headers of the street address. */
  public static final List<String> ADDRESS_HEADERS =
      List.of(
          "Adresse", "Adresse postale", "Adresse 1", "Adresse ligne 1", "Ligne adresse", "Voie");

  /** Headers of the postal code. */
  public static final List<String> POSTAL_CODE_HEADERS = List.of("Code postal", "CP", "Code post");

  /** Headers of the commune's name. */
  public static final List<String> COMMUNE_NAME_HEADERS =
      List.of(
          "Commune", "Ville", "Localité", "Libellé commune", "Nom commune", "Commune de résidence");

  /** Headers of the commune's INSEE code. */
  public static final List<String> INSEE_CODE_HEADERS =
      List.of("Code INSEE", "Code commune", "INSEE", "Code INSEE commune", "COG", "Code COG");

  /**
   * Headers of a phone that says nothing of its kind. A listing with a single phone column declares
   * these with {@link #LANDLINE_HEADERS} and {@link #MOBILE_HEADERS}, since that column is named
   * after whichever kind the file's author had in mind.
   */
  public static final List<String> PHONE_HEADERS =
      List.of("Téléphone", "Tél", "Numéro de téléphone");

  /** Headers of a landline. */
  public static final List<String> LANDLINE_HEADERS =
      List.of("Téléphone fixe", "Tél fixe", "Fixe", "Téléphone domicile", "Tél domicile");

  /** Headers of a mobile phone. */
  public static final List<String> MOBILE_HEADERS =
      List.of(
          "Téléphone portable",
          "Tél portable",
          "Portable",
          "Mobile",
          "Téléphone mobile",
          "Tél mobile",
          "GSM");

  /** Headers of the e-mail address. */
  public static final List<String> EMAIL_HEADERS =
      List.of(
          "Courriel",
          "Mail",
          "E-mail",
          "Email",
          "Adresse mail",
          "Adresse e-mail",
          "Adresse électronique",
          "Mél");

  /** Headers of the ALD yes/no column. */
  public static final List<String> ALD_HEADERS =
      List.of(
          "ALD", "Exonération ALD", "En ALD", "Exo ALD", "ALD (O/N)", "Affection de longue durée");

  /** Headers of the CSS yes/no column. */
  public static final List<String> CSS_HEADERS =
      List.of("CSS", "C2S", "CMU-C", "CMUC", "Complémentaire santé solidaire", "CSS (O/N)");

  private CommonFields() {}

  /**
   * Starts a record with who the person is: the NIR the source read from its own columns, then last
   * name, usage name, first name, birth date and sex, in this order, which is the order of French
   * listings' columns and so of the problems reported. Last name, first name and birth date are
   * required; a birth date after {@code today} or before 1900 rejects the row. The sex column wins;
   * without a readable one, the NIR tells the sex.
   *
   * @param check the row's check, which keeps the problems
   * @param nir the NIR as the source read it, {@code null} when the row or format has none
   * @param today the day birth dates are judged against, in {@link Values#FRANCE France}
   * @param missingLastName the problem when the last name is absent, naming it as the source's
   *     label does (« Nom de naissance manquant »)
   */
  public static PatientRecord.Builder readIdentity(
      Values.RowCheck check, String nir, LocalDate today, String missingLastName) {
    PatientRecord.Builder record =
        PatientRecord.builder()
            .nir(nir)
            .lastName(check.required(LAST_NAME, Values::lastName, missingLastName))
            .usageName(check.optional(USAGE_NAME, Values::lastName))
            .firstName(check.required(FIRST_NAME, Values::firstName, "Prénom manquant"))
            .birthDate(
                check.required(
                    BIRTH_DATE,
                    raw -> Values.birthDate(raw, today),
                    "Date de naissance manquante"));
    PatientRecord.Sex sex = check.optional(SEX, Values::sex);
    return record.sex(sex != null ? sex : Values.sexFromNir(nir));
  }

  /**
   * Reads where the person lives: address and commune name as free text, postal code and INSEE code
   * checked (a bad one is dropped with a warning).
   */
  public static PatientRecord.Builder readAddress(
      Values.RowCheck check, PatientRecord.Builder record) {
    SourceRow row = check.row();
    return record
        .address(Values.text(row.get(ADDRESS)))
        .postalCode(check.optional(POSTAL_CODE, Values::postalCode))
        .communeName(Values.text(row.get(COMMUNE_NAME)))
        .inseeCode(check.optional(INSEE_CODE, Values::inseeCode));
  }

  /**
   * Reads the phones: with both a {@link #PHONE} and a {@link #MOBILE} column, each as given, since
   * the file's author chose the column; with only one of them, the number's prefix (06, 07) tells a
   * mobile from a landline. A bad number is dropped with a warning.
   */
  public static PatientRecord.Builder readPhones(
      Values.RowCheck check, PatientRecord.Builder record) {
    SourceRow row = check.row();
    String phone = check.optional(PHONE, Values::phone);
    String mobile = check.optional(MOBILE, Values::phone);
    if (row.column(PHONE) == 0 || row.column(MOBILE) == 0) {
      String only = phone != null ? phone : mobile;
      phone = Values.isMobile(only) ? null : only;
      mobile = Values.isMobile(only) ? only : null;
    }
    return record.phone(phone).mobile(mobile);
  }
}
