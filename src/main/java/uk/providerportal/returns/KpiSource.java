package uk.providerportal.returns;

import org.jspecify.annotations.Nullable;

/** Where a contract KPI's figures come from: one of the provider's returns, or the portal's own quality KPI. */
public enum KpiSource {
    MANAGEMENT_INFORMATION(ReturnType.MANAGEMENT_INFORMATION),
    CUSTOMER_SERVICE_STANDARDS(ReturnType.CUSTOMER_SERVICE_STANDARDS),
    CUSTOMER_INSIGHT(ReturnType.CUSTOMER_INSIGHT),
    SOCIAL_VALUE(ReturnType.SOCIAL_VALUE),
    QUALITY_KPI(null);

    /** The quality KPI's "figures": released cases counted and passing, from the published KPI. */
    public static final String CASES_PASSING = "CASES_PASSING";
    public static final String CASES_COUNTED = "CASES_COUNTED";

    private final @Nullable ReturnType returnType;

    KpiSource(@Nullable ReturnType returnType) {
        this.returnType = returnType;
    }

    public @Nullable ReturnType returnType() {
        return returnType;
    }

    public String label() {
        return returnType == null ? "Quality KPI (assessed cases)" : returnType.label() + " return";
    }
}
