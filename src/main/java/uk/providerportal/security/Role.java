package uk.providerportal.security;

/** The four portal roles. Provider users belong to one organisation; the others are the funder's staff. */
public enum Role {
    PROVIDER_USER("Provider user"),
    QUALITY_MANAGER("Quality manager"),
    ASSESSOR("Assessor"),
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean funderStaff() {
        return this != PROVIDER_USER;
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String PROVIDER_USER = "PROVIDER_USER";
        public static final String QUALITY_MANAGER = "QUALITY_MANAGER";
        public static final String ASSESSOR = "ASSESSOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
