package fr.orienta.plugin.msp;

import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.BIRTH_DATE_HEADERS;
import static fr.orienta.spi.CommonFields.COMMUNE_NAME;
import static fr.orienta.spi.CommonFields.COMMUNE_NAME_HEADERS;
import static fr.orienta.spi.CommonFields.FIRST_NAME;
import static fr.orienta.spi.CommonFields.FIRST_NAME_HEADERS;
import static fr.orienta.spi.CommonFields.LANDLINE_HEADERS;
import static fr.orienta.spi.CommonFields.LAST_NAME;
import static fr.orienta.spi.CommonFields.LAST_NAME_HEADERS;
import static fr.orienta.spi.CommonFields.MOBILE_HEADERS;
import static fr.orienta.spi.CommonFields.PHONE;
import static fr.orienta.spi.CommonFields.PHONE_HEADERS;

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
import java.util.regex.Pattern;

/**
 * The export of an MSP's census of people without médecin traitant: identity, one phone, the
 * commune's name, the situation (« sans MT », « ALD ») and, once a GP of the MSP has taken the
 * person, that GP's RPPS and the date.
 */
public final class MspExportSource implements PatientSource {

  static final String SITUATION = "situation";
  static final String TAKEN_BY_RPPS = "takenByRpps";
  static final String TAKEN_ON = "takenOn";

  // The order of the export as MSPs produce it, so a mapping screen reads like the file.
  static final List<SourceField> FIELDS =
      List.of(
          SourceField.of(LAST_NAME, "Nom", true, "nom").plusAliases(LAST_NAME_HEADERS),
          SourceField.of(FIRST_NAME, "Prénom", true, "prenom").plusAliases(FIRST_NAME_HEADERS),
          SourceField.of(BIRTH_DATE, "Date de naissance", true, "date_naissance")
              .plusAliases(BIRTH_DATE_HEADERS),
          // The export's one phone column holds landlines and mobiles alike.
          SourceField.of(PHONE, "Téléphone", false, "telephone")
              .plusAliases(PHONE_HEADERS)
              .plusAliases(MOBILE_HEADERS)
              .plusAliases(LANDLINE_HEADERS),
          SourceField.of(COMMUNE_NAME, "Commune", false, "commune")
              .plusAliases(COMMUNE_NAME_HEADERS),
          SourceField.of(
              SITUATION,
              "Situation (sans MT, ALD)",
              false,
              "situation",
              "Situation MT",
              "Motif",
              "Statut"),
          SourceField.of(
              TAKEN_BY_RPPS,
              "RPPS du médecin qui a pris en charge",
              false,
              "pris_en_charge_par_rpps",
              "Pris en charge par",
              "RPPS médecin",
              "RPPS du médecin",
              "RPPS médecin traitant",
              "RPPS"),
          SourceField.of(
              TAKEN_ON,
              "Date de prise en charge",
              false,
              "date_prise_en_charge",
              "Date de prise en charge",
              "Pris en charge le",
              "Date PEC"));

  // « ALD », « ALD 8 », « sans MT + ALD »: a word of its own, not letters inside another word.
  private static final Pattern ALD_WORD =
      Pattern.compile("(?<![\\p{L}\\d])ALD(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  private final Clock clock;

  public MspExportSource() {
    this(Clock.system(Values.FRANCE));
  }

  MspExportSource(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return "msp-export";
  }

  @Override
  public String label() {
    return "Recensement d'une MSP";
  }

  @Override
  public String description() {
    return "Export du recensement d'une maison de santé : identité, téléphone, commune, situation"
        + " et, le cas échéant, médecin de la MSP qui a pris la personne en charge.";
  }

  @Override
  public List<SourceField> fields() {
    return FIELDS;
  }

  @Override
  public RowResult read(SourceRow row) {
    // Fields are read in the export's column order, so the problems come in reading order.
    Values.RowCheck check = new Values.RowCheck(row);
    // An MSP's census has no NIR: people are deduplicated on their identity.
    PatientRecord.Builder record =
        CommonFields.readIdentity(check, null, LocalDate.now(clock), "Nom manquant");
    CommonFields.readPhones(check, record);
    record.communeName(Values.text(row.get(COMMUNE_NAME)));

    // « sans MT » says nothing of an ALD: only a situation naming the ALD sets the flag.
    String situation = row.get(SITUATION);
    if (situation != null && ALD_WORD.matcher(situation).find()) {
      record.ald(Boolean.TRUE);
    }

    return check.result(
        record
            .takenByRpps(check.optional(TAKEN_BY_RPPS, Values::rpps))
            .takenOn(check.optional(TAKEN_ON, Values::date)));
  }
}
