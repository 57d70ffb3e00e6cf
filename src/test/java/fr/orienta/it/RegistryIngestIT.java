package fr.orienta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.orienta.platform.DatabaseMigration;
import fr.orienta.registry.DuplicateService;
import fr.orienta.registry.IngestResult;
import fr.orienta.registry.IngestResult.Outcome;
import fr.orienta.registry.Intake;
import fr.orienta.registry.Person;
import fr.orienta.registry.PersonEvent;
import fr.orienta.registry.PersonFilter;
import fr.orienta.registry.PersonPage;
import fr.orienta.registry.PersonStatus;
import fr.orienta.registry.RegistryService;
import fr.orienta.registry.SourceRow;
import fr.orienta.security.TenantContext;
import fr.orienta.spi.PatientRecord;
import fr.orienta.territory.TenantService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Records from sources entering the registry: deduplication, idempotence, NIR protection. */
@ExtendWith(ArquillianExtension.class)
class RegistryIngestIT {

  // From the sample CPAM listing: synthetic, with a valid key.
  private static final String NIR = "154084302627962";
  private static final String OTHER_NIR = "142094326733969";

  @Deployment
  static WebArchive deployment() {
    WebArchive war = AppArchive.named("orienta-registry-it.war");
    war.addClasses(RegistryIngestIT.class, InContainer.class, InContainer.Rollback.class);
    war.addPackages(true, "org.assertj");
    return war;
  }

  @Inject TenantService tenants;
  @Inject TenantContext context;
  @Inject RegistryService registry;
  @Inject Intake intake;

  @Inject DuplicateService duplicates;
  @Inject InContainer container;
  @Inject DatabaseMigration database;

  private String cpts;

  @BeforeEach
  void freshCpts() {
    cpts = "it-reg-" + UUID.randomUUID().toString().substring(0, 8);
    tenants.create(cpts, "CPTS " + cpts, Set.of("43026", "43003"));
  }

  private static PatientRecord.Builder reynaud() {
    return PatientRecord.builder()
        .nir(NIR)
        .lastName("REYNAUD")
        .firstName("Théo")
        .birthDate(LocalDate.of(1954, 8, 29))
        .sex(PatientRecord.Sex.M)
        .phone("0465710721")
        .mobile("0639980966")
        .ald(false)
        .css(false);
  }

  /** A woman without NIR, as an MSP census lists her. */
  private static PatientRecord.Builder paris() {
    return PatientRecord.builder()
        .lastName("PARIS")
        .firstName("Jeanne")
        .birthDate(LocalDate.of(1960, 10, 4));
  }

  private IngestResult ingest(PatientRecord record, String source) {
    return context
        .callAs(
            cpts, "import", () -> intake.ingest(List.of(new SourceRow(record, "43026")), source))
        .get(0);
  }

  @Test
  void aNewPersonIsStoredWholeWithItsSourceStoryAndAuditLines() {
    // Every field a listing can carry, and a GP who took her on: the person is stored « MT trouvé
    // ailleurs » at once, her status line after her import line.
    PatientRecord record =
        reynaud()
            .usageName("MARTIN")
            // What PostgreSQL's COPY text format escapes, and quotes and accents.
            .address("3 rue de l'Église\\Bât. B \\N")
            .postalCode("43000")
            .communeName("AIGUILHE")
            .email("theo.reynaud@example.org")
            .ald(true)
            .aldCode(8)
            .css(true)
            .lastDoctorRpps("10003456789")
            .lastDoctorEnd(LocalDate.of(2025, 6, 30))
            .takenByRpps("10009876543")
            .takenOn(LocalDate.of(2026, 1, 15))
            .build();
    Instant before = Instant.now();
    long id = ingest(record, "msp-census").personId();
    Instant after = Instant.now();

    Person person = context.callAs(cpts, "t", () -> registry.read(id)).orElseThrow();
    assertThat(person.getLastName()).isEqualTo("REYNAUD");
    assertThat(person.getUsageName()).isEqualTo("MARTIN");
    assertThat(person.getFirstName()).isEqualTo("Théo");
    assertThat(person.getBirthDate()).isEqualTo(LocalDate.of(1954, 8, 29));
    assertThat(person.getSex()).isEqualTo("M");
    assertThat(person.getAddress()).isEqualTo("3 rue de l'Église\\Bât. B \\N");
    assertThat(person.getPostalCode()).isEqualTo("43000");
    assertThat(person.getCommuneName()).isEqualTo("AIGUILHE");
    assertThat(person.getInseeCode()).isEqualTo("43026");
    assertThat(person.getPhone()).isEqualTo("0465710721");
    assertThat(person.getMobile()).isEqualTo("0639980966");
    assertThat(person.getEmail()).isEqualTo("theo.reynaud@example.org");
    assertThat(person.isAld()).isTrue();
    assertThat(person.getAldCode()).isEqualTo(8);
    assertThat(person.isCss()).isTrue();
    assertThat(person.getLastDoctorRpps()).isEqualTo("10003456789");
    assertThat(person.getLastDoctorEnd()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(person.getTakenByRpps()).isEqualTo("10009876543");
    assertThat(person.getTakenOn()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(person.getNirMasked()).isEqualTo("15408•••");
    assertThat(person.getIdentityKey()).isNotBlank();
    assertThat(person.getStatus()).isEqualTo(PersonStatus.MT_FOUND_ELSEWHERE);
    assertThat(person.getStatusReason()).contains("10009876543").contains("msp-census");
    assertThat(person.getStatusChangedAt()).isNotNull();
    assertThat(person.getPriority()).isGreaterThan(0);
    // Stored to the microsecond, in the server's zone as every other timestamp.
    assertThat(person.getCreatedAt())
        .isBetween(before.minusMillis(1), after.plusMillis(1))
        .isBeforeOrEqualTo(person.getUpdatedAt());
    assertThat(person.getRegisteredOn()).isNotNull();
    assertThat(person.getMergedInto()).isNull();
    assertThat(person.getVersion()).isEqualTo(1);
    assertThat(container.sqlRow("select tenant_code from person where id = ?", id)[0])
        .isEqualTo(cpts);

    assertThat(context.callAs(cpts, "t", () -> registry.sources(id)))
        .singleElement()
        .satisfies(s -> assertThat(s.getSource()).isEqualTo("msp-census"));
    assertThat(context.callAs(cpts, "t", () -> registry.timeline(id)))
        .extracting(PersonEvent::getKind, PersonEvent::getActor)
        .containsExactly(
            tuple(PersonEvent.Kind.STATUS_CHANGED, "import"),
            tuple(PersonEvent.Kind.IMPORTED, "import"));
    assertThat(
            container.sqlRow(
                "select count(*), min(action), max(action), min(actor), max(tenant_code)"
                    + " from audit_event where entity_type = 'Person' and entity_id = ?"
                    + " and action <> 'READ'",
                Long.toString(id)))
        .containsExactly(2L, "CREATE", "UPDATE", "import", cpts);
  }

  @Test
  void theSameNirTwiceIsOnePersonAndChangesNothing() {
    IngestResult first = ingest(reynaud().build(), "cpam-listing");
    IngestResult again = ingest(reynaud().build(), "cpam-listing");
    IngestResult fromMsa = ingest(reynaud().build(), "msa-listing");

    assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(again).isEqualTo(new IngestResult(Outcome.UNCHANGED, first.personId()));
    assertThat(fromMsa).isEqualTo(new IngestResult(Outcome.UNCHANGED, first.personId()));
    assertThat(context.callAs(cpts, "t", () -> registry.summary().withoutMt())).isEqualTo(1);
  }

  @Test
  void aLaterRecordCompletesButNeverEmptiesWhatIsStored() {
    long id = ingest(reynaud().build(), "cpam-listing").personId();

    IngestResult richer =
        ingest(
            reynaud().email("theo.reynaud@example.org").ald(true).aldCode(8).build(),
            "cpam-listing");
    IngestResult emptier =
        ingest(
            PatientRecord.builder()
                .nir(NIR)
                .lastName("REYNAUD")
                .firstName("Théo")
                .birthDate(LocalDate.of(1954, 8, 29))
                .ald(false)
                .build(),
            "cpam-listing");

    assertThat(richer.outcome()).isEqualTo(Outcome.UPDATED);
    assertThat(emptier.outcome()).isEqualTo(Outcome.UNCHANGED);
    Person person = context.callAs(cpts, "t", () -> registry.read(id)).orElseThrow();
    assertThat(person.getEmail()).isEqualTo("theo.reynaud@example.org");
    assertThat(person.getPhone()).isEqualTo("0465710721");
    assertThat(person.getMobile()).isEqualTo("0639980966");
    assertThat(person.isAld()).isTrue();
    assertThat(person.getAldCode()).isEqualTo(8);
    assertThat(context.callAs(cpts, "t", () -> registry.timeline(id)))
        .extracting(PersonEvent::getKind)
        .containsExactly(PersonEvent.Kind.UPDATED, PersonEvent.Kind.IMPORTED);
  }

  @Test
  void theNirIsKeptOnlyAsAKeyedHashAndAMaskedForm() {
    long id = ingest(reynaud().build(), "cpam-listing").personId();

    Person person = context.callAs(cpts, "t", () -> registry.read(id)).orElseThrow();
    assertThat(person.getNirMasked()).isEqualTo("15408•••");
    Object[] stored = container.sqlRow("SELECT nir_hash, nir_masked FROM person WHERE id = ?", id);
    assertThat((String) stored[0]).hasSize(64).doesNotContain(NIR).doesNotContain("1540843");
    assertThat((String) stored[1]).doesNotContain(NIR);
  }

  @Test
  void withoutNirTheSameRowOfTheSameSourceIsRecognised() {
    PatientRecord msp = paris().mobile("0639987254").build();

    IngestResult first = ingest(msp, "msp-export");
    IngestResult again = ingest(msp, "msp-export");

    assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(again).isEqualTo(new IngestResult(Outcome.UNCHANGED, first.personId()));
  }

  @Test
  void theSameTraitsFromAnotherSourceAreQueuedAsAPossibleDuplicate() {
    long cpam = ingest(reynaud().build(), "cpam-listing").personId();
    PatientRecord msp =
        PatientRecord.builder()
            .lastName("Reynaud")
            .firstName("THEO")
            .birthDate(LocalDate.of(1954, 8, 29))
            .build();

    IngestResult result = ingest(msp, "msp-export");

    assertThat(result.outcome()).isEqualTo(Outcome.POSSIBLE_DUPLICATE);
    assertThat(result.personId()).isNotEqualTo(cpam);
    assertThat(context.callAs(cpts, "t", () -> duplicates.openDuplicates()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getPersonId()).isEqualTo(result.personId());
              assertThat(d.getOtherId()).isEqualTo(cpam);
            });
  }

  @Test
  void rowsTakenTogetherMatchEachOtherAsIfTakenOneByOne() {
    PatientRecord paris = paris().build();
    List<SourceRow> cpamRows =
        List.of(
            new SourceRow(reynaud().build(), "43026"),
            new SourceRow(reynaud().email("theo@example.org").build(), "43026"),
            new SourceRow(reynaud().build(), "43026"),
            new SourceRow(paris, "43026"),
            new SourceRow(paris, "43026"));

    List<IngestResult> cpam =
        context.callAs(cpts, "import", () -> intake.ingest(cpamRows, "cpam-listing"));

    long reynaudId = cpam.get(0).personId();
    long parisId = cpam.get(3).personId();
    assertThat(cpam)
        .containsExactly(
            new IngestResult(Outcome.CREATED, reynaudId),
            new IngestResult(Outcome.UPDATED, reynaudId),
            new IngestResult(Outcome.UNCHANGED, reynaudId),
            new IngestResult(Outcome.CREATED, parisId),
            new IngestResult(Outcome.UNCHANGED, parisId));
    // The same traits without NIR from another source, twice in one batch: one new person,
    // queued once as a possible duplicate, then recognised as that person.
    PatientRecord reynaudAtMsp =
        PatientRecord.builder()
            .lastName("Reynaud")
            .firstName("Théo")
            .birthDate(LocalDate.of(1954, 8, 29))
            .build();
    List<IngestResult> msp =
        context.callAs(
            cpts,
            "import",
            () ->
                intake.ingest(
                    List.of(
                        new SourceRow(reynaudAtMsp, "43026"), new SourceRow(reynaudAtMsp, "43026")),
                    "msp-export"));
    long mspId = msp.get(0).personId();
    assertThat(msp)
        .containsExactly(
            new IngestResult(Outcome.POSSIBLE_DUPLICATE, mspId),
            new IngestResult(Outcome.UNCHANGED, mspId));
    assertThat(mspId).isNotIn(reynaudId, parisId);
    assertThat(context.callAs(cpts, "t", () -> duplicates.openDuplicates()))
        .singleElement()
        .satisfies(d -> assertThat(d.getOtherId()).isEqualTo(reynaudId));
    context.runAs(
        cpts,
        "t",
        () -> {
          assertThat(registry.read(reynaudId).orElseThrow().getEmail())
              .isEqualTo("theo@example.org");
          assertThat(registry.sources(reynaudId)).hasSize(1);
          assertThat(registry.timeline(reynaudId))
              .extracting(PersonEvent::getKind)
              .containsExactlyInAnyOrder(PersonEvent.Kind.IMPORTED, PersonEvent.Kind.UPDATED);
          assertThat(registry.summary().withoutMt()).isEqualTo(3);
        });
  }

  @Test
  void differentNirsAreDifferentPeopleEvenWithTheSameTraits() {
    IngestResult first = ingest(reynaud().build(), "cpam-listing");
    IngestResult second = ingest(reynaud().nir(OTHER_NIR).build(), "cpam-listing");

    assertThat(second.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(second.personId()).isNotEqualTo(first.personId());
    assertThat(context.callAs(cpts, "t", () -> duplicates.openDuplicates())).isEmpty();
  }

  @Test
  void storedPrioritiesAreRefreshedForPeopleStillWaitingOnly() {
    long waiting = ingest(reynaud().ald(true).aldCode(8).build(), "cpam-listing").personId();
    long declared =
        ingest(reynaud().nir(OTHER_NIR).lastName("CARON").build(), "cpam-listing").personId();
    int score =
        ((Number) container.sqlRow("select priority from person where id = ?", waiting)[0])
            .intValue();
    assertThat(score).isGreaterThanOrEqualTo(50);
    context.callAs(
        cpts,
        "coordination",
        () -> registry.changeStatus(declared, PersonStatus.MOVED_AWAY, "Parti à Lyon"));
    // Stale figures, as after a night of waiting or a new rule.
    container.sqlUpdate("update person set priority = 0 where id in (?, ?)", waiting, declared);

    long last = context.callAs(cpts, "système", () -> registry.refreshPriorities(0, 1));
    assertThat(last).isEqualTo(waiting);
    assertThat(context.callAs(cpts, "système", () -> registry.refreshPriorities(last, 1)))
        .isEqualTo(-1);

    assertThat(container.sqlRow("select priority from person where id = ?", waiting)[0])
        .isEqualTo(score);
    assertThat(container.sqlRow("select priority from person where id = ?", declared)[0])
        .isEqualTo(0);
  }

  @Test
  void listsCountUpToTheCapAndSayThatMoreMatch() {
    List<Object[]> rows = new ArrayList<>();
    java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
    long base = 2_000_000_000L + Math.abs(cpts.hashCode() % 1_000_000) * 20_000L;
    for (int i = 0; i <= RegistryService.COUNT_CAP; i++) {
      rows.add(new Object[] {base + i, cpts, "CAP" + i, "CAP" + i, now, now});
    }
    container.sqlBatch(
        "insert into person (id, tenant_code, version, last_name, last_name_key, first_name,"
            + " first_name_key, ald, css, status, registered_on, created_at, updated_at, priority)"
            + " values (?, ?, 1, ?, ?, 'Test', 'TEST', false, false, 'WAITING', current_date, ?, ?,"
            + " 0)",
        rows);

    PersonPage all =
        context.callAs(cpts, "coordination", () -> registry.list(PersonFilter.NONE, 0, 50));
    assertThat(all.total()).isEqualTo(RegistryService.COUNT_CAP);
    assertThat(all.more()).isTrue();
    assertThat(all.items()).hasSize(50);

    PersonFilter few =
        new PersonFilter("CAP9", null, null, null, null, null, null, null, null, null);
    PersonPage some = context.callAs(cpts, "coordination", () -> registry.list(few, 0, 50));
    // CAP9, CAP90…CAP99, CAP900…CAP999…: fewer than the cap, counted exactly.
    long nines =
        java.util.stream.IntStream.rangeClosed(0, RegistryService.COUNT_CAP)
            .filter(i -> ("CAP" + i).startsWith("CAP9"))
            .count();
    assertThat(nines).isLessThan(RegistryService.COUNT_CAP);
    assertThat(some.total()).isEqualTo(nines);
    assertThat(some.more()).isFalse();
  }

  @Test
  void anImportThatDoublesTheRegistryLeavesPostgreSqlItsStatistics() {
    Object start = container.sqlRow("select current_timestamp")[0];
    long stored = ((Number) container.sqlRow("select count(*) from person")[0]).longValue();
    // More than RegistryStatistics waits for, whatever this server has counted since its last
    // ANALYZE: the registry's size, and at least 1,000 people.
    long people = Math.max(1_000, stored) + 500;
    for (long from = 0; from < people; from += 500) {
      List<SourceRow> rows = new ArrayList<>();
      for (long i = from; i < Math.min(people, from + 500); i++) {
        rows.add(
            new SourceRow(
                PatientRecord.builder()
                    .lastName("STAT" + i)
                    .firstName("Anne")
                    .birthDate(LocalDate.of(1930, 1, 1).plusDays(i % 20_000))
                    .build(),
                "43026"));
      }
      context.callAs(cpts, "import", () -> intake.ingest(rows, "cpam-listing"));
    }

    // On H2, which keeps its own statistics, PostgreSQL's statements would have failed the import.
    assertThat(container.sqlRow("select count(*) from person where tenant_code = ?", cpts)[0])
        .isEqualTo(people);
    if (!database.isPostgreSql()) {
      return;
    }
    for (String table : List.of("person", "person_source")) {
      assertThat(
              container
                  .sqlRow(
                      "select last_analyze >= ? from pg_stat_user_tables where relid = ?::regclass",
                      start,
                      table)[0])
          .as(table + " analyzed during the import")
          .isEqualTo(true);
    }
  }
}
