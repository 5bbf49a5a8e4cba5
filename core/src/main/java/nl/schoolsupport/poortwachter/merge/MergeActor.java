package nl.schoolsupport.poortwachter.merge;

import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.account.AccountId;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;

/**
 * Who merges or undoes: an ICT coordinator (the logged-in {@link AccountPrincipal}, checked against the school)
 * or the system itself (the Basispoort sync merging automatically after an import).
 */
public sealed interface MergeActor {

    static MergeActor coordinator(AccountPrincipal principal) {
        return new Coordinator(principal);
    }

    /** A process of the library or the product, e.g. {@code "basispoort-sync"}. */
    static MergeActor system(String name) {
        return new SystemProcess(name);
    }

    /** The account acting, if a person. */
    Optional<AccountId> accountId();

    /** What the audit record says about the actor: "coordinator" or the process name. */
    String label();

    /** A person logged in as ICT coordinator. */
    record Coordinator(AccountPrincipal principal) implements MergeActor {
        public Coordinator {
            Objects.requireNonNull(principal, "principal");
        }

        @Override
        public Optional<AccountId> accountId() {
            return Optional.of(principal.accountId());
        }

        @Override
        public String label() {
            return "coordinator";
        }
    }

    /** The system, e.g. the sync after importing a school. */
    record SystemProcess(String name) implements MergeActor {
        public SystemProcess {
            if (name == null || !name.matches("[a-z][a-z0-9-]{0,63}")) {
                throw new IllegalArgumentException("system actor name: expected lower-case words with dashes, got " + name);
            }
        }

        @Override
        public Optional<AccountId> accountId() {
            return Optional.empty();
        }

        @Override
        public String label() {
            return name;
        }
    }
}
