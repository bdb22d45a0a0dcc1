package uk.providerportal.triage;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.providerportal.security.Role;
import uk.providerportal.user.UserAccount;

/**
 * Independent quality assessment: an assessor is never given a case they cannot assess independently, i.e. one of
 * an organisation they work for or have declared a conflict of interest with.
 */
final class IndependenceCheck {

    private IndependenceCheck() {
    }

    /** Why this assessor cannot take this organisation's case, or null when they can. */
    static @Nullable String conflict(UserAccount assessor, long organisationId, String organisationName,
                                     Set<Long> declaredConflicts) {
        if (!assessor.roles().contains(Role.ASSESSOR)) {
            return assessor.name() + " is not an assessor.";
        }
        if (!assessor.active()) {
            return assessor.name() + "'s account is deactivated.";
        }
        if (Objects.equals(assessor.organisationId(), organisationId)) {
            return assessor.name() + " works for " + organisationName + " and cannot assess its cases independently.";
        }
        if (declaredConflicts.contains(organisationId)) {
            return assessor.name() + " has declared a conflict of interest with " + organisationName
                    + " and cannot assess its cases.";
        }
        return null;
    }
}
