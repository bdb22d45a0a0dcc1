package uk.providerportal.base;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the shell of the portal shows about whoever is signed in. The security feature provides it, so the
 * shared kernel never depends on a feature.
 */
public record SignedInUser(String displayName, @Nullable String organisationName, List<String> roleLabels) {

    public String rolesText() {
        return roleLabels.isEmpty() ? "No role yet" : String.join(", ", roleLabels);
    }

    /** Who the user works for: their organisation, the funder for its staff, or nobody yet while access is pending. */
    public String employerText() {
        if (organisationName != null) {
            return organisationName;
        }
        return roleLabels.isEmpty() ? "Access pending" : "Funder quality team";
    }

    public interface Provider {
        java.util.Optional<SignedInUser> signedInUser();
    }
}
