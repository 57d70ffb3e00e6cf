package fr.orienta.spi.testkit;

import static fr.orienta.spi.CommonFields.BIRTH_DATE;
import static fr.orienta.spi.CommonFields.BIRTH_DATE_HEADERS;
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

/** The smallest source built on the common fields: a name list with one phone column. */
final class IdentitySource implements PatientSource {

  static final List<SourceField> FIELDS =
      List.of(
          SourceField.of(LAST_NAME, "Nom", true).plusAliases(LAST_NAME_HEADERS),
          SourceField.of(FIRST_NAME, "Prénom", true).plusAliases(FIRST_NAME_HEADERS),
          SourceField.of(BIRTH_DATE, "Date de naissance", true).plusAliases(BIRTH_DATE_HEADERS),
          SourceField.of(PHONE, "Téléphone", false)
              .plusAliases(PHONE_HEADERS)
              .plusAliases(MOBILE_HEADERS)
              .plusAliases(LANDLINE_HEADERS));

  private final Clock clock;

  IdentitySource(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String id() {
    return "identity";
  }

  @Override
  public String label() {
    return "Liste de noms";
  }

  @Override
  public List<SourceField> fields() {
    return FIELDS;
  }

  @Override
  public RowResult read(SourceRow row) {
    Values.RowCheck check = new Values.RowCheck(row);
    PatientRecord.Builder record =
        CommonFields.readIdentity(check, null, LocalDate.now(clock), "Nom manquant");
    return check.result(CommonFields.readPhones(check, record));
  }
}
