package fr.orienta.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.orienta.registry.IngestResult;
import fr.orienta.registry.Intake;
import fr.orienta.registry.NewPerson;
import fr.orienta.registry.Person;
import fr.orienta.registry.PersonFilter;
import fr.orienta.registry.RegistryService;
import fr.orienta.security.AuditAction;
import fr.orienta.security.AuditService;
import fr.orienta.security.NoTenantException;
import fr.orienta.security.Role;
import fr.orienta.security.TenantContext;
import fr.orienta.security.UserService;
import fr.orienta.territory.TenantOwned;
import fr.orienta.territory.TenantService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation, audit and lockout inside the running server (Arquillian deploys the real
 * application WAR with this test added). Each test makes its own CPTS, so order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  @Deployment
  static WebArchive deployment() {
    WebArchive war = AppArchive.named("orienta-it.war");
    war.addClasses(TenantIsolationIT.class, InContainer.class, InContainer.Rollback.class);
    war.addPackages(true, "org.assertj");
    return war;
  }

  @Inject TenantService tenants;
  @Inject TenantContext context;
  @Inject RegistryService registry;
  @Inject Intake intake;
  @Inject AuditService audit;
  @Inject UserService users;
  @Inject InContainer container;

  private String cptsA;
  private String cptsB;

  @BeforeEach
  void twoFreshCpts() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    cptsA = "it-a-" + suffix;
    cptsB = "it-b-" + suffix;
    tenants.create(cptsA, "CPTS A " + suffix, Set.of("43003"));
    tenants.create(cptsB, "CPTS B " + suffix, Set.of("43157"));
  }

  private long registerIn(String cpts, String actor) {
    IngestResult person =
        context.callAs(
            cpts,
            actor,
            () ->
                intake.register(
                    NewPerson.of(
                        "ISOLE",
                        "Test",
                        LocalDate.of(1950, 3, 4),
                        "F",
                        "43003",
                        "0639980000",
                        null,
                        true,
                        8,
                        false,
                        null)));
    return person.personId();
  }

  @Test
  void aPersonOfOneCptsDoesNotExistForAnother() {
    long id = registerIn(cptsA, "alice");

    assertThat(context.callAs(cptsA, "alice", () -> registry.read(id))).isPresent();
    assertThat(context.callAs(cptsB, "bob", () -> registry.read(id))).isEmpty();
    assertThat(context.callAs(cptsB, "bob", () -> registry.summary().withoutMt())).isZero();
    assertThat(context.callAs(cptsB, "bob", () -> registry.list(PersonFilter.NONE, 0, 50).total()))
        .isZero();
    assertThat(context.callAs(cptsA, "alice", () -> registry.summary().ald())).isEqualTo(1);
  }

  @Test
  void evenADirectFindByIdIsScopedByThePersistenceProvider() {
    long id = registerIn(cptsA, "alice");

    Boolean foundInB =
        container.rolledBack(
            em -> {
              em.setProperty(TenantOwned.TENANT_PROPERTY, cptsB);
              return em.find(Person.class, id) != null;
            });
    Long countInB =
        container.rolledBack(
            em -> {
              em.setProperty(TenantOwned.TENANT_PROPERTY, cptsB);
              return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
            });
    Boolean foundInA =
        container.rolledBack(
            em -> {
              em.setProperty(TenantOwned.TENANT_PROPERTY, cptsA);
              return em.find(Person.class, id) != null;
            });

    assertThat(foundInB).isFalse();
    assertThat(countInB).isZero();
    assertThat(foundInA).isTrue();
  }

  @Test
  void withoutACptsTenantOwnedDataIsRefused() {
    assertThrows(NoTenantException.class, () -> registry.summary());
  }

  @Test
  void readingAPersonIsAudited() {
    long id = registerIn(cptsA, "alice");

    context.runAs(cptsA, "carole", () -> registry.read(id));

    var trail = context.callAs(cptsA, "alice", () -> audit.trailOf("Person", id));
    assertThat(trail)
        .anySatisfy(
            e -> {
              assertThat(e.getAction()).isEqualTo(AuditAction.READ);
              assertThat(e.getActor()).isEqualTo("carole");
              assertThat(e.getTenantCode()).isEqualTo(cptsA);
            })
        .anySatisfy(e -> assertThat(e.getAction()).isEqualTo(AuditAction.CREATE));
    assertThat(context.callAs(cptsB, "bob", () -> audit.trailOf("Person", id))).isEmpty();
  }

  @Test
  void anAccountIsLockedAfterFiveFailures() {
    String username = "it-lock-" + cptsA;
    users.create(username, "Test", "correct-horse".toCharArray(), Role.CALLER, cptsA);

    for (int i = 0; i < 4; i++) {
      assertThat(users.authenticate(username, "wrong".toCharArray()))
          .isEqualTo(UserService.Outcome.INVALID);
    }
    assertThat(users.authenticate(username, "wrong".toCharArray()))
        .isEqualTo(UserService.Outcome.LOCKED);
    assertThat(users.authenticate(username, "correct-horse".toCharArray()))
        .isEqualTo(UserService.Outcome.LOCKED);
  }

  @Test
  void attemptsAtOnceAreEachCounted() throws Exception {
    String username = "it-parallel-" + cptsA;
    users.create(username, "Test", "correct-horse".toCharArray(), Role.CALLER, cptsA);

    // An API client's parallel calls each sign in: all of them pass.
    assertThat(
            container.atOnce(4, () -> users.authenticate(username, "correct-horse".toCharArray())))
        .containsOnly(UserService.Outcome.VALID);
    // Guesses in parallel are each counted: the fifth locks the account, whichever it is.
    assertThat(container.atOnce(5, () -> users.authenticate(username, "wrong".toCharArray())))
        .containsOnly(UserService.Outcome.INVALID, UserService.Outcome.LOCKED)
        .containsOnlyOnce(UserService.Outcome.LOCKED);
    assertThat(users.authenticate(username, "correct-horse".toCharArray()))
        .isEqualTo(UserService.Outcome.LOCKED);
  }

  @Test
  void aValidPasswordIsAcceptedAndNeverStoredInClear() {
    String username = "it-ok-" + cptsA;
    users.create(username, "Test", "correct-horse".toCharArray(), Role.VIEWER, cptsA);

    assertThat(users.authenticate(username, "correct-horse".toCharArray()))
        .isEqualTo(UserService.Outcome.VALID);
    String hash =
        container.rolledBack(
            em ->
                em.createQuery(
                        "select u.passwordHash from UserAccount u where u.username = :u",
                        String.class)
                    .setParameter("u", username)
                    .getSingleResult());
    assertThat(hash).startsWith("PBKDF2WithHmacSHA512:").doesNotContain("correct-horse");
  }
}
