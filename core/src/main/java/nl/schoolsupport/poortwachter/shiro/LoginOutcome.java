package nl.schoolsupport.poortwachter.shiro;

import java.util.Optional;

import nl.schoolsupport.poortwachter.identity.ResolutionPath;

/** What a successful login produced, besides the principal: how the account was found, and where to go. */
public record LoginOutcome(AccountPrincipal principal, ResolutionPath path, Optional<String> returnTo) {
}
