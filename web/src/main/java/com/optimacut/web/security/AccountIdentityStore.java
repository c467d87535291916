package com.optimacut.web.security;

import com.optimacut.ejb.security.AccountAuthenticator;
import com.optimacut.ejb.security.AuthenticatedAccount;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates user name and password credentials against the application's accounts and gives
 * the account's roles as its groups, which the servers map one to one onto the security roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private AccountAuthenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<AuthenticatedAccount> account =
                authenticator.authenticate(login.getCaller(), login.getPassword().getValue());
        login.getPassword().clear();
        if (account.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = account.get().roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(account.get().username(), groups);
    }
}
