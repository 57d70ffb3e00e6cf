package fr.orienta.imports;

import fr.orienta.platform.Messages;
import fr.orienta.platform.Tenfold;
import fr.orienta.registry.IdentityKey;
import fr.orienta.registry.Person;
import fr.orienta.spi.CommonFields;
import fr.orienta.spi.Identifiers;
import fr.orienta.spi.PatientRecord;
import fr.orienta.spi.PatientSource;
import fr.orienta.spi.RowProblem;
import fr.orienta.spi.RowResult;
import fr.orienta.spi.SourceRow;
import fr.orienta.spi.Values;
import fr.orienta.territory.CommuneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The core's own checks of a row an adapter accepted, the same for the dry run and the import and
 * whichever adapter read it: the record must fit the registry (a valid NIR, each text within its
 * column's length, no NUL character, which PostgreSQL refuses in text) and name a commune the core
 * knows. Checked here, a bad row is rejected with its line and column like any other; unchecked, it
 * would fail its whole chunk at the database, and the import with it at every resumption.
 */
@ApplicationScoped
public class RowAdmission {

  /** The record's texts the registry stores, keyed by their field, with their column's length. */
  private static final List<Limit> LIMITS =
      List.of(
          new Limit(CommonFields.LAST_NAME, PatientRecord::lastName, Person.NAME_LENGTH, true),
          new Limit(CommonFields.USAGE_NAME, PatientRecord::usageName, Person.NAME_LENGTH, false),
          new Limit(CommonFields.FIRST_NAME, PatientRecord::firstName, Person.NAME_LENGTH, true),
          new Limit(CommonFields.ADDRESS, PatientRecord::address, Person.ADDRESS_LENGTH, false),
          new Limit(CommonFields.POSTAL_CODE, PatientRecord::postalCode, Person.CODE_LENGTH, false),
          new Limit(
              CommonFields.COMMUNE_NAME, PatientRecord::communeName, Person.NAME_LENGTH, true),
          new Limit(CommonFields.PHONE, PatientRecord::phone, Person.PHONE_LENGTH, false),
          new Limit(CommonFields.MOBILE, PatientRecord::mobile, Person.PHONE_LENGTH, false),
          new Limit(CommonFields.EMAIL, PatientRecord::email, Person.EMAIL_LENGTH, false),
          new Limit("lastDoctorRpps", PatientRecord::lastDoctorRpps, Person.RPPS_LENGTH, false),
          new Limit("takenByRpps", PatientRecord::takenByRpps, Person.RPPS_LENGTH, false));

  /** A stored text and its column's length; {@code keyed} when its search key is stored too. */
  private record Limit(
      String field, Function<PatientRecord, String> value, int length, boolean keyed) {

    int stored(String text) {
      return keyed ? IdentityKey.storedLength(text, length) : text.length();
    }
  }

  private static final Logger LOG = Logger.getLogger(RowAdmission.class.getName());

  @Inject CommuneService communes;

  @Inject Clock clock;

  /** The rows each adapter failed on since start-up. */
  private final Tenfold failures = new Tenfold();

  /**
   * The row read by {@code source}, then {@linkplain #admit(SourceRow, RowResult, Set, List)
   * admitted}. An adapter is a plugin's code: one that throws on a row, against the SPI's contract,
   * has that row rejected, rather than the import stopped on it at every resumption.
   */
  public ProcessedRow admit(
      SourceRow cells, PatientSource source, Set<String> territory, List<String> headers) {
    RowResult result;
    try {
      result = source.read(cells);
    } catch (RuntimeException e) {
      failed(source, e);
      result =
          RowResult.rejected(
              List.of(
                  new RowProblem(
                      cells.line(),
                      0,
                      null,
                      Messages.french("imports.check.adapterFailed", source.label()))));
    }
    return admit(cells, result, territory, headers);
  }

  private void failed(PatientSource source, RuntimeException e) {
    failures.log(
        LOG,
        source.id(),
        count ->
            "Le format « "
                + source.id()
                + " » a échoué sur une ligne, écartée ("
                + count
                + " ligne(s) depuis le démarrage)",
        e);
  }

  /**
   * The row as the import writes it: the adapter's record and problems, rejected with the core's
   * problems when it does not fit, and the commune resolved within {@code territory}.
   */
  ProcessedRow admit(
      SourceRow cells, RowResult result, Set<String> territory, List<String> headers) {
    if (!result.isAccepted()) {
      return new ProcessedRow(cells.line(), null, result.problems(), null, headers);
    }
    PatientRecord record = result.record();
    List<RowProblem> problems = new ArrayList<>(result.problems());
    // The bundled adapters check the NIR themselves; a plugin that passes a bad one would fail
    // its chunk when the NIR is hashed. Its problem shows the masked form only.
    boolean rejected =
        record.nir() != null && !Identifiers.isValidNir(Identifiers.compact(record.nir()));
    if (rejected) {
      problems.add(
          new RowProblem(
              cells.line(),
              cells.column(CommonFields.NIR),
              Values.maskNir(record.nir()),
              Messages.french("imports.check.nir")));
    }
    for (Limit limit : LIMITS) {
      String value = limit.value().apply(record);
      if (value == null) {
        continue;
      }
      if (value.indexOf('\0') >= 0) {
        problems.add(cells.problem(limit.field(), Messages.french("imports.check.nul")));
        rejected = true;
      } else if (limit.stored(value) > limit.length()) {
        problems.add(
            cells.problem(
                limit.field(),
                Messages.french("imports.check.tooLong", limit.stored(value), limit.length())));
        rejected = true;
      }
    }
    if (Person.isImplausibleBirthDate(record.birthDate(), LocalDate.now(clock))) {
      problems.add(
          cells.problem(
              CommonFields.BIRTH_DATE,
              Messages.french("imports.check.birthDate", Person.OLDEST_AGE)));
      rejected = true;
    }
    if (rejected) {
      return new ProcessedRow(cells.line(), null, problems, null, headers);
    }
    String given = record.inseeCode();
    String insee = communes.resolve(given, record.communeName(), territory);
    if (given != null && !given.trim().equals(insee)) {
      String field = CommonFields.INSEE_CODE;
      if (insee == null) {
        problems.add(cells.problem(field, Messages.french("imports.check.inseeUnknown")));
        return new ProcessedRow(cells.line(), null, problems, null, headers);
      }
      problems.add(cells.problem(field, Messages.french("imports.check.inseeByName", insee)));
    } else if (insee == null && record.communeName() != null) {
      problems.add(
          cells.problem(
              CommonFields.COMMUNE_NAME, Messages.french("imports.check.communeUnknown")));
    }
    return new ProcessedRow(cells.line(), record, problems, insee, headers);
  }
}
