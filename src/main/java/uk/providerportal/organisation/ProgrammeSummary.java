package uk.providerportal.organisation;

import java.util.Objects;

/** A programme as views and other features see it. */
public record ProgrammeSummary(long id, String code, String name, boolean active) {

    static ProgrammeSummary of(Programme programme) {
        return new ProgrammeSummary(Objects.requireNonNull(programme.getId()), programme.getCode(), programme.getName(),
                programme.isActive());
    }
}
