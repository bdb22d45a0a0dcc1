package uk.providerportal.audit;

import org.jspecify.annotations.Nullable;

/** Who did something: a portal user (with their organisation, if any) or a named system task. */
public record Actor(@Nullable Long userId, String name, @Nullable Long organisationId) {

    /** A portal user, named the same way in every audit line: "Name <email>". */
    public static Actor user(@Nullable Long userId, String name, String email, @Nullable Long organisationId) {
        return new Actor(userId, name + " <" + email + ">", organisationId);
    }

    public static Actor system(String name) {
        return new Actor(null, name, null);
    }
}
