package fr.orienta.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person who signs in. Not tenant-owned in the JPA sense: login must find the account before any
 * tenant is known; its {@link #tenantCode} then fixes the tenant of the whole session.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
    name = "UserAccount.byUsername",
    query = "select u from UserAccount u where u.username = :username")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orienta_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  /** The CPTS of this user; {@code null} only for federation administrators. */
  @Column(name = "tenant_code", length = 40)
  private String tenantCode;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      String username, String displayName, String passwordHash, Role role, String tenantCode) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
    this.tenantCode = tenantCode;
  }

  boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  void recordFailure(Instant now, int maxFailures, java.time.Duration lockout) {
    failedAttempts++;
    if (failedAttempts >= maxFailures) {
      lockedUntil = now.plus(lockout);
      failedAttempts = 0;
    }
  }

  void recordSuccess(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
