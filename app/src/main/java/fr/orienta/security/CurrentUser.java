package fr.orienta.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The signed-in user of this request, loaded once per request. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext security;

  @Inject UserService users;

  private boolean loaded;
  private UserService.UserSummary summary;

  public boolean isSignedIn() {
    return summary() != null;
  }

  public String getUsername() {
    UserService.UserSummary user = summary();
    return user == null ? null : user.username();
  }

  public String getDisplayName() {
    UserService.UserSummary user = summary();
    return user == null ? null : user.displayName();
  }

  public Role getRole() {
    UserService.UserSummary user = summary();
    return user == null ? null : user.role();
  }

  public String getTenantCode() {
    UserService.UserSummary user = summary();
    return user == null ? null : user.tenantCode();
  }

  /** For the views: {@code #{currentUser.is('COORDINATOR')}}. */
  public boolean is(String role) {
    return getRole() != null && getRole().name().equals(role);
  }

  private UserService.UserSummary summary() {
    if (!loaded) {
      loaded = true;
      Principal principal = security.getCallerPrincipal();
      summary = principal == null ? null : users.summary(principal.getName()).orElse(null);
    }
    return summary;
  }
}
