package uk.providerportal.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.KpiPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardsService;

/** A programme of its own for an assessment test: standards 1a, 1b (customer impact), 2a and 2b; pass mark 75. */
public final class FourStandards {

    private FourStandards() {
    }

    public static long programme(SignInAs signInAs, OrganisationService organisations, StandardsService standards,
                          PolicyService policies, String code, String name, YearMonth month) throws Exception {
        long programmeId = signInAs.call("alex.reid", () -> organisations.ensureProgramme(code, name));
        LocalDate from = month.atDay(1);
        signInAs.call("alex.reid", () -> {
            standards.save(programmeId, new Standard("1a", from, "Advice tailored", "Fits the customer.", "Advice",
                    false, false, ""), null);
            standards.save(programmeId, new Standard("1b", from, "Correct advice", "No incorrect advice.", "Advice",
                    true, false, ""), null);
            standards.save(programmeId, new Standard("2a", from, "Complete record", "Shows what and why.", "Records",
                    false, false, ""), null);
            standards.save(programmeId, new Standard("2b", from, "Consent recorded", "Consent is recorded.",
                    "Records", false, false, ""), null);
            return policies.changeKpiPolicy(programmeId, new KpiPolicy(from, new BigDecimal("80"),
                    new BigDecimal("75"), KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("80"),
                    new BigDecimal("75"), new BigDecimal("65"), "test"), null);
        });
        return programmeId;
    }
}
