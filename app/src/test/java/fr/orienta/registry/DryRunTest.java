package fr.orienta.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.orienta.registry.IngestResult.Outcome;
import fr.orienta.security.AccessControl;
import fr.orienta.spi.PatientRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dry run of {@link Intake#classify} over a registry held by a mocked entity manager: rows of
 * one file match each other, across batches, as the import would match them, and nothing is ever
 * persisted.
 */
class DryRunTest {

  private static final String NIR_A = "154084302627962";
  private static final String NIR_B = "142094326733969";
  private static final String COMMUNE = "43026";

  private final List<Person> storedPeople = new ArrayList<>();
  private final List<Long> fedByCpam = new ArrayList<>();
  private Intake intake;
  private EntityManager em;

  @BeforeEach
  void intake() {
    em = mock(EntityManager.class);
    intake = new Intake();
    intake.em = em;
    intake.access = mock(AccessControl.class);
    intake.nir = mock(NirProtector.class);
    when(intake.nir.hash(anyString())).thenAnswer(call -> "hash-" + call.getArgument(0));
    when(intake.nir.mask(anyString())).thenAnswer(call -> "masked");
    intake.clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/Paris"));
    answer(
        "p.nirHash in",
        Person.class,
        () -> storedPeople.stream().filter(p -> p.getNirHash() != null).toList());
    answer("p.identityKey in", Person.class, () -> List.copyOf(storedPeople));
    answer(
        "p.birthDate is null",
        Long.class,
        () -> storedPeople.stream().filter(p -> p.getBirthDate() == null).map(p -> 1L).toList());
    answer(
        "p.formerKey is not null",
        Long.class,
        () -> storedPeople.stream().filter(p -> p.getFormerKey() != null).map(p -> 1L).toList());
    answer(
        "p.formerKey in",
        Person.class,
        () -> storedPeople.stream().filter(p -> p.getFormerKey() != null).toList());
    answer(
        "from PersonSource",
        PersonSource.class,
        () ->
            fedByCpam.stream()
                .map(id -> new PersonSource(id, "cpam-listing", Instant.EPOCH))
                .toList());
  }

  @SuppressWarnings("unchecked")
  private <T> void answer(String jpql, Class<T> type, java.util.function.Supplier<List<T>> rows) {
    TypedQuery<T> query = mock(TypedQuery.class);
    when(query.setParameter(anyString(), any())).thenReturn(query);
    when(query.setMaxResults(anyInt())).thenReturn(query);
    when(query.getResultList()).thenAnswer(call -> rows.get());
    when(em.createQuery(contains(jpql), eq(type))).thenReturn(query);
  }

  private static PatientRecord.Builder person(String nir, String last, String first, int year) {
    return PatientRecord.builder()
        .nir(nir)
        .lastName(last)
        .firstName(first)
        .birthDate(LocalDate.of(year, 8, 29));
  }

  private static SourceRow row(PatientRecord.Builder record) {
    return new SourceRow(record.build(), COMMUNE);
  }

  private static Map<Outcome, Long> counts(DryRun run) {
    return Map.of(
        Outcome.CREATED, run.count(Outcome.CREATED),
        Outcome.UPDATED, run.count(Outcome.UPDATED),
        Outcome.UNCHANGED, run.count(Outcome.UNCHANGED),
        Outcome.POSSIBLE_DUPLICATE, run.count(Outcome.POSSIBLE_DUPLICATE));
  }

  private static Map<Outcome, Long> counts(long created, long updated, long unchanged, long dup) {
    return Map.of(
        Outcome.CREATED, created,
        Outcome.UPDATED, updated,
        Outcome.UNCHANGED, unchanged,
        Outcome.POSSIBLE_DUPLICATE, dup);
  }

  private Person stored(long id, PatientRecord record, String nirHash) {
    Person person =
        new Person(
            record.lastName(),
            record.firstName(),
            record.birthDate(),
            Instant.EPOCH,
            LocalDate.of(2026, 1, 1));
    if (nirHash != null) {
      person.identifyBy(nirHash, "masked");
    }
    person.absorb(record, COMMUNE, Instant.EPOCH);
    StoredIds.withId(person, id);
    storedPeople.add(person);
    return person;
  }

  @Test
  void aPersonListedTwiceInOneFileIsNewOnceThenUpdatedOrUnchanged() {
    DryRun run = new DryRun("cpam-listing");

    intake.classify(
        run,
        List.of(
            row(person(NIR_A, "REYNAUD", "Théo", 1954)),
            row(person(NIR_A, "REYNAUD", "Théo", 1954)),
            row(person(null, "PARIS", "Jeanne", 1960))));
    // A later batch still sees the earlier rows, as the import's later chunks would.
    intake.classify(
        run,
        List.of(
            row(person(NIR_A, "REYNAUD", "Théo", 1954).email("theo@example.org")),
            row(person(null, "PARIS", "Jeanne", 1960)),
            row(person(null, "REYNAUD", "Théo", 1954))));

    // REYNAUD new, then unchanged, then updated (an e-mail); PARIS new, then the same row again;
    // REYNAUD without NIR: the same traits from the same source are that person.
    assertThat(counts(run)).isEqualTo(counts(2, 1, 3, 0));
    verify(em, never()).persist(any());
    verify(em, never()).merge(any());
  }

  @Test
  void storedPeopleAreMatchedByNirOrBySourceAndCompletedOnlyInMemory() {
    Person reynaud = stored(1, person(NIR_A, "REYNAUD", "Théo", 1954).build(), "hash-" + NIR_A);
    stored(2, person(null, "PARIS", "Jeanne", 1960).build(), null);
    fedByCpam.add(2L);
    DryRun run = new DryRun("cpam-listing");

    intake.classify(
        run,
        List.of(
            row(person(NIR_A, "REYNAUD", "Théo", 1954)),
            row(person(NIR_A, "REYNAUD", "Théo", 1954).phone("0465710721")),
            row(person(NIR_A, "REYNAUD", "Théo", 1954).phone("0465710721")),
            row(person(null, "PARIS", "Jeanne", 1960)),
            row(person(NIR_B, "CARON", "Frédéric", 1942))));

    assertThat(counts(run)).isEqualTo(counts(1, 1, 3, 0));
    assertThat(run.count(Outcome.UPDATED)).isEqualTo(1);
    assertThat(reynaud.getPhone())
        .as("the run's copy, detached by clear()")
        .isEqualTo("0465710721");
    verify(em).clear();
    verify(em, never()).persist(any());
    verify(em, never()).flush();
  }

  @Test
  void theSameTraitsFromAnotherSourceAreAPossibleDuplicateOnceThenThatNewPerson() {
    stored(1, person(NIR_A, "REYNAUD", "Théo", 1954).build(), "hash-" + NIR_A);
    DryRun run = new DryRun("msp-export");

    intake.classify(
        run,
        List.of(
            row(person(null, "Reynaud", "THEO", 1954)),
            row(person(null, "Reynaud", "THEO", 1954)),
            row(person(NIR_B, "REYNAUD", "Théo", 1954))));

    // Row 1: alike the stored person, who is not from this source: a new person, queued as a
    // possible duplicate. Row 2: that new person (same traits, same source): unchanged. Row 3: a
    // NIR contradicting the stored person's; the new MSP person has none and is from this source,
    // so it is that person, now identified and spelled otherwise: updated, as ingest would say.
    assertThat(counts(run)).isEqualTo(counts(0, 1, 1, 1));
  }

  @Test
  void aListedPersonOfTheNamesAndCommuneOfSomeoneReportedWithoutBirthDateIsAPossibleDuplicate() {
    stored(1, PatientRecord.builder().lastName("REYNAUD").firstName("Théo").build(), null);
    DryRun run = new DryRun("cpam-listing");

    intake.classify(
        run,
        List.of(
            row(person(null, "Reynaud", "THEO", 1954)),
            row(person(null, "Reynaud", "THEO", 1954)),
            row(person(null, "Reynaud", "Théa", 1954))));

    // Row 1: maybe the person reported, never taken for him: new, queued. Row 2: that new person.
    // Row 3: another first name, nobody alike.
    assertThat(counts(run)).isEqualTo(counts(1, 0, 1, 1));
  }

  @Test
  void aFirstNameCutByALaterListingNeverReplacesTheFullOne() {
    DryRun run = new DryRun("msp-export");

    intake.classify(
        run,
        List.of(
            row(person(null, "MARTIN", "Marie-Claire", 1990)),
            row(person(null, "MARTIN", "Marie", 1990))));

    // The same key and source: that person, unchanged, since a cut first name brings nothing.
    assertThat(counts(run)).isEqualTo(counts(1, 0, 1, 0));
  }

  @Test
  void aPersonACoordinatorCorrectedIsStillTheRowHerSourceListsUnderTheFormerSpelling() {
    Person paris = stored(2, person(null, "PARIS", "Jeanne", 1960).build(), null);
    fedByCpam.add(2L);
    paris.correct(
        new NewPerson(
            "PARISE",
            "Jeanne",
            LocalDate.of(1960, 8, 29),
            null,
            COMMUNE,
            "0471222222",
            null,
            false,
            null,
            false,
            null,
            null,
            null,
            null,
            null),
        null,
        Instant.EPOCH);
    DryRun run = new DryRun("cpam-listing");

    intake.classify(
        run,
        List.of(
            row(person(null, "PARIS", "Jeanne", 1960)),
            row(person(null, "PARIS", "Jeanne", 1960)),
            row(person(null, "PARISE", "Jeanne", 1960))));

    // Twice the listing's spelling, then the corrected one: one person, left as corrected.
    assertThat(counts(run)).isEqualTo(counts(0, 0, 3, 0));
    assertThat(paris.getLastName()).isEqualTo("PARISE");
  }
}
