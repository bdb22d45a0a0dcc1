package uk.providerportal.audit;

import org.jspecify.annotations.Nullable;

/** Who did something: a portal user (with their organisation, if any) or a named system task. */
public record Actor(@Nullable Long userId, String name, @Nullable Long organisationId) {

    public static Actor system(String name) {
        return new Actor(null, name, null);
    }
}
