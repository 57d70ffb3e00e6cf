package fr.orienta.plugin.msa;

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
 * The MSA listing of insured people without médecin traitant: 15-character NIR, identity, postal
 * address, one phone, e-mail, ALD exemption and C2S (the complémentaire santé solidaire). Sex,
 * usage name and INSEE code are read when a listing has them.
 */
public final class MsaListingSource implements PatientSource {

  // The order of the listing as the MSA sends it, so a mapping screen reads like the file.
  static final List<SourceField> FIELDS =
      List.of(
          SourceField.of(
                  NIR, "N° de sécurité sociale (15 caractères)", false, "N° sécurité sociale")
              .plusAliases(NIR_HEADERS),
          SourceField.of(LAST_NAME, "Nom de naissance", true, "Nom").plusAliases(LAST_NAME_HEADERS),
          SourceField.of(USAGE_NAME, "Nom d'usage", false).plusAliases(USAGE_NAME_HEADERS),
          SourceField.of(FIRST_NAME, "Prénom", true).plusAliases(FIRST_NAME_HEADERS),
          SourceField.of(BIRTH_DATE, "Date de naissance", true, "Né(e) le")
              .plusAliases(BIRTH_DATE_HEADERS),
          SourceField.of(SEX, "Sexe", false).plusAliases(SEX_HEADERS),
          SourceField.of(ADDRESS, "Adresse", false, "Adresse postale").plusAliases(ADDRESS_HEADERS),
          SourceField.of(POSTAL_CODE, "Code postal", false, "CP").plusAliases(POSTAL_CODE_HEADERS),
          SourceField.of(COMMUNE_NAME, "Commune", false, "Ville").plusAliases(COMMUNE_NAME_HEADERS),
          SourceField.of(INSEE_CODE, "Code INSEE de la commune", false)
              .plusAliases(INSEE_CODE_HEADERS),
          // The listing's one phone column holds landlines and mobiles alike.
          SourceField.of(PHONE, "Téléphone", false, "Tél")
              .plusAliases(PHONE_HEADERS)
              .plusAliases(MOBILE_HEADERS)
              .plusAliases(LANDLINE_HEADERS),
          SourceField.of(EMAIL, "Courriel", false, "Mail").plusAliases(EMAIL_HEADERS),
          SourceField.of(ALD, "Exonération ALD (oui/non)", false, "Exonération ALD")
              .plusAliases(ALD_HEADERS),
          SourceField.of(CSS, "C2S (oui/non)", false, "C2S").plusAliases(CSS_HEADERS));

  private final Clock clock;

  public MsaListingSource() {
    this(Clock.system(Values.FRANCE));
  }

  MsaListingSource(Clock clock) {
    this.clock = clock;
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
        CommonFields.readIdentity(check, nir, LocalDate.now(clock), "Nom de naissance manquant");
    CommonFields.readAddress(check, record);
    CommonFields.readPhones(check, record);
    return check.result(
        record
            .email(check.optional(EMAIL, Values::email))
            .ald(check.optional(ALD, Values::flag))
            .css(check.optional(CSS, Values::flag)));
  }
}
