package fr.orienta.plugin.msp;

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
import java.util.regex.Pattern;

/**
 * The export of an MSP's census of people without médecin traitant: identity, one phone, the
 * commune's name, the situation (« sans MT », « ALD ») and, once a GP of the MSP has taken the
 * person, that GP's RPPS and the date.
 */
public final class MspExportSource implements PatientSource {

  static final String LAST_NAME = "lastName";
  static final String FIRST_NAME = "firstName";
  static final String BIRTH_DATE = "birthDate";
  static final String PHONE = "phone";
  static final String COMMUNE_NAME = "communeName";
  static final String SITUATION = "situation";
  static final String TAKEN_BY_RPPS = "takenByRpps";
  static final String TAKEN_ON = "takenOn";

  // The order of the export as MSPs produce it, so a mapping screen reads like the file.
  static final List<SourceField> FIELDS =
      List.of(
          field(
              LAST_NAME,
              "Nom",
              true,
              "nom",
              "Nom de naissance",
              "Nom patronymique",
              "Nom de famille",
              "Nom naissance",
              "Patronyme"),
          field(FIRST_NAME, "Prénom", true, "prenom", "Prénoms", "Prénom usuel", "Premier prénom"),
          field(
              BIRTH_DATE,
              "Date de naissance",
              true,
              "date_naissance",
              "Date de naissance",
              "Né(e) le",
              "DDN",
              "Naissance",
              "Date de naiss",
              "Date nais"),
          field(
              PHONE,
              "Téléphone",
              false,
              "telephone",
              "Tél",
              "Numéro de téléphone",
              "Portable",
              "Mobile",
              "Tél portable",
              "Téléphone portable",
              "Tél fixe",
              "Téléphone fixe",
              "GSM"),
          field(
              COMMUNE_NAME,
              "Commune",
              false,
              "commune",
              "Ville",
              "Localité",
              "Commune de résidence",
              "Libellé commune",
              "Nom commune"),
          field(
              SITUATION,
              "Situation (sans MT, ALD)",
              false,
              "situation",
              "Situation MT",
              "Motif",
              "Statut"),
          field(
              TAKEN_BY_RPPS,
              "RPPS du médecin qui a pris en charge",
              false,
              "pris_en_charge_par_rpps",
              "Pris en charge par",
              "RPPS médecin",
              "RPPS du médecin",
              "RPPS médecin traitant",
              "RPPS"),
          field(
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

  // Birth dates are judged against the French calendar day, whatever the server's zone.
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  private final Clock clock;

  public MspExportSource() {
    this(Clock.system(FRANCE));
  }

  MspExportSource(Clock clock) {
    this.clock = clock;
  }

  private static SourceField field(String key, String label, boolean required, String... aliases) {
    return new SourceField(key, label, List.of(aliases), required);
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
    PatientRecord.Builder record =
        PatientRecord.builder()
            .lastName(check.required(LAST_NAME, Values::lastName, "Nom manquant"))
            .firstName(check.required(FIRST_NAME, Values::firstName, "Prénom manquant"))
            .birthDate(
                check.required(
                    BIRTH_DATE,
                    raw -> Values.birthDate(raw, LocalDate.now(clock)),
                    "Date de naissance manquante"));

    // One phone column holds landlines and mobiles alike: the prefix tells which a number is.
    String phone = check.optional(PHONE, Values::phone);
    if (Values.isMobile(phone)) {
      record.mobile(phone);
    } else {
      record.phone(phone);
    }
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
