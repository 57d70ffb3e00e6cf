package fr.orienta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The CPTS (tenant) on whose behalf the current code runs: the signed-in user's, or one set
 * explicitly for work without a user request (start-up, demo data, batch jobs). Tenant-owned data
 * is only reachable through services marked {@link TenantBound}, which read it here.
 */
@ApplicationScoped
public class TenantContext {

  /** Actor name recorded for work done by the application itself. */
  public static final String SYSTEM = "système";

  private static final ThreadLocal<Scope> EXPLICIT = new ThreadLocal<>();

  @Inject Instance<CurrentUser> currentUser;

  private record Scope(String tenantCode, String actor) {}

  /** The current CPTS code; fails when there is none, so no query runs unscoped. */
  public String requireTenant() {
    String tenant = currentTenantOrNull();
    if (tenant == null) {
      throw new NoTenantException();
    }
    return tenant;
  }

  /** The current CPTS code, or {@code null} for anonymous work or a federation administrator. */
  public String currentTenantOrNull() {
    Scope scope = EXPLICIT.get();
    if (scope != null) {
      return scope.tenantCode();
    }
    CurrentUser user = userOrNull();
    return user == null ? null : user.getTenantCode();
  }

  /** Who acts: the signed-in username, the explicit actor, or {@link #SYSTEM}. */
  public String actor() {
    Scope scope = EXPLICIT.get();
    if (scope != null) {
      return scope.actor();
    }
    CurrentUser user = userOrNull();
    return user == null || user.getUsername() == null ? SYSTEM : user.getUsername();
  }

  /** Whether the current work was started by the application for a CPTS, not by a user. */
  public boolean isExplicit() {
    return EXPLICIT.get() != null;
  }

  /** Runs work for a given CPTS, e.g. from a batch job that has no user request. */
  public <T> T callAs(String tenantCode, String actor, Supplier<T> work) {
    Scope previous = EXPLICIT.get();
    EXPLICIT.set(new Scope(tenantCode, actor == null ? SYSTEM : actor));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        EXPLICIT.remove();
      } else {
        EXPLICIT.set(previous);
      }
    }
  }

  public void runAs(String tenantCode, String actor, Runnable work) {
    callAs(
        tenantCode,
        actor,
        () -> {
          work.run();
          return null;
        });
  }

  private CurrentUser userOrNull() {
    try {
      CurrentUser user = currentUser.get();
      return user.isSignedIn() ? user : null;
    } catch (ContextNotActiveException e) {
      return null;
    }
  }
}
