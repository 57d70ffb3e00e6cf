package fr.orienta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Checks passwords against the accounts in the database; the role becomes the only group. */
@ApplicationScoped
public class OrientaIdentityStore implements IdentityStore {

  @Inject UserService users;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (users.authenticate(login.getCaller(), login.getPassword().getValue())
        != UserService.Outcome.VALID) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return users
        .summary(login.getCaller())
        .map(u -> new CredentialValidationResult(u.username(), Set.of(u.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
