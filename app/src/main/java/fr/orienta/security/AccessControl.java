package fr.orienta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * Role checks inside services, so that least privilege holds whatever the entry point (page, REST,
 * batch). Work the application runs itself for a CPTS passes.
 */
@ApplicationScoped
public class AccessControl {

  @Inject TenantContext tenants;

  @Inject Instance<CurrentUser> currentUser;

  public void require(Role... allowed) {
    if (!allows(allowed)) {
      throw new AccessDeniedException();
    }
  }

  /** Whether the current caller holds one of these roles (work run by the application does). */
  public boolean allows(Role... allowed) {
    if (tenants.isExplicit()) {
      return true;
    }
    Role role;
    try {
      role = currentUser.get().getRole();
    } catch (ContextNotActiveException e) {
      role = null;
    }
    return role != null && Arrays.stream(allowed).anyMatch(role::equals);
  }

  /** The signed-in user's role lacks the right for this action. */
  public static class AccessDeniedException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
      super("Accès refusé pour ce rôle.");
    }
  }
}
