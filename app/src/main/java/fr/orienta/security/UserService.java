package fr.orienta.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** User accounts: creation, password checks with lockout, and the summary a session needs. */
@ApplicationScoped
@Transactional
public class UserService {

  /** What a request needs to know of its user; no password hash leaves this service. */
  public record UserSummary(String username, String displayName, Role role, String tenantCode) {}

  /** The outcome of a password check. */
  public enum Outcome {
    VALID,
    INVALID,
    LOCKED
  }

  @PersistenceContext(unitName = "orienta")
  EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject AuditService audit;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "orienta.security.max-failed-logins", defaultValue = "5")
  int maxFailedLogins;

  @Inject
  @ConfigProperty(name = "orienta.security.lockout-minutes", defaultValue = "15")
  int lockoutMinutes;

  @Inject
  @ConfigProperty(name = "orienta.security.pbkdf2-iterations", defaultValue = "210000")
  int iterations;

  /** Verified against unknown usernames too, so response time does not reveal which exist. */
  private String dummyHash;

  @PostConstruct
  void init() {
    passwordHash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = passwordHash.generate("orienta-dummy".toCharArray());
  }

  public String hash(char[] password) {
    return passwordHash.generate(password);
  }

  /** Creates an account; the username is unique across the federation. */
  public UserSummary create(
      String username, String displayName, char[] password, Role role, String tenantCode) {
    if (role != Role.ADMIN && tenantCode == null) {
      throw new IllegalArgumentException("A " + role + " account belongs to a CPTS");
    }
    UserAccount account = new UserAccount(username, displayName, hash(password), role, tenantCode);
    em.persist(account);
    return summaryOf(account);
  }

  /**
   * Checks a password and keeps the lockout counters. Runs in its own transaction so that a failed
   * attempt is counted even though the login itself fails.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome authenticate(String username, char[] password) {
    Optional<UserAccount> found = find(username);
    if (found.isEmpty() || !found.get().isEnabled()) {
      passwordHash.verify(password, dummyHash);
      audit.recordLogin(username, null, false);
      return Outcome.INVALID;
    }
    UserAccount account = found.get();
    Instant now = Instant.now(clock);
    if (account.isLockedAt(now)) {
      audit.recordLogin(username, account.getTenantCode(), false);
      return Outcome.LOCKED;
    }
    String checkedHash = account.getPasswordHash();
    boolean valid = passwordHash.verify(password, checkedHash);
    // Attempts of one user at once (an API client's parallel calls, or guesses in parallel) each
    // count: the account is read again under a row lock once the slow check is done, so that none
    // is lost and none fails on the version another attempt has just changed.
    em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
    if (!account.isEnabled()) {
      audit.recordLogin(username, account.getTenantCode(), false);
      return Outcome.INVALID;
    }
    if (!checkedHash.equals(account.getPasswordHash())) {
      // The password changed while it was checked: the new one decides.
      valid = passwordHash.verify(password, account.getPasswordHash());
    }
    if (!valid) {
      account.recordFailure(now, maxFailedLogins, Duration.ofMinutes(lockoutMinutes));
      audit.recordLogin(username, account.getTenantCode(), false);
      return account.isLockedAt(now) ? Outcome.LOCKED : Outcome.INVALID;
    }
    if (account.isLockedAt(now)) {
      audit.recordLogin(username, account.getTenantCode(), false);
      return Outcome.LOCKED;
    }
    account.recordSuccess(now);
    audit.recordLogin(username, account.getTenantCode(), true);
    return Outcome.VALID;
  }

  public Optional<UserSummary> summary(String username) {
    return find(username).filter(UserAccount::isEnabled).map(UserService::summaryOf);
  }

  private Optional<UserAccount> find(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
        .setParameter("username", username.trim())
        .getResultStream()
        .findFirst();
  }

  private static UserSummary summaryOf(UserAccount account) {
    return new UserSummary(
        account.getUsername(),
        account.getDisplayName(),
        account.getRole(),
        account.getTenantCode());
  }
}
