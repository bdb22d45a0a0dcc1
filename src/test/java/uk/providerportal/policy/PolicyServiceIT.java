package uk.providerportal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.PortalTest;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;

/** Effective dating: a rule changed from a date applies from then on and never before. */
@PortalTest
class PolicyServiceIT {

    @Autowired PolicyService policies;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationContext context;
    SignInAs as;
    long debtAdvice;

    @BeforeEach
    void setUp() throws Exception {
        as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        debtAdvice = as.call("alex.reid", () -> organisations.programmes().stream()
                .filter(programme -> programme.code().equals("DEBT")).findFirst().orElseThrow().id());
    }

    @Test
    void threeMonthAppealTrial_appliesFromMarchToMay2023_only() throws Exception {
        assertThat(as.call("priya.shah", () -> policies.appealPolicy(debtAdvice, LocalDate.of(2023, 2, 28))))
                .hasValueSatisfying(policy -> assertThat(policy.onlyCasesBelowPassMark()).isTrue());
        assertThat(as.call("priya.shah", () -> policies.appealPolicy(debtAdvice, LocalDate.of(2023, 3, 1))))
                .hasValueSatisfying(policy -> {
                    assertThat(policy.onlyBelowKpiTarget()).isTrue();
                    assertThat(policy.onlyCasesBelowPassMark()).isFalse();
                    assertThat(policy.onlyDisputedStandards()).isFalse();
                });
        assertThat(as.call("priya.shah", () -> policies.appealPolicy(debtAdvice, LocalDate.of(2023, 5, 31))))
                .hasValueSatisfying(policy -> assertThat(policy.onlyCasesBelowPassMark()).isFalse());
        assertThat(as.call("priya.shah", () -> policies.appealPolicy(debtAdvice, LocalDate.of(2023, 6, 1))))
                .hasValueSatisfying(policy -> assertThat(policy.name()).isEqualTo("Standard rule"));
        assertThat(as.call("priya.shah", () -> policies.appealPolicy(debtAdvice, LocalDate.of(2023, 1, 31))))
                .isEmpty();
    }

    @Test
    void kpiTargetChangedFromADate_appliesFromThenOn_andNotBefore() throws Exception {
        LocalDate from = LocalDate.of(2031, 4, 1);
        as.call("alex.reid", () -> policies.changeKpiPolicy(debtAdvice, new KpiPolicy(from, new BigDecimal("82.5"),
                new BigDecimal("85"), KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("82.5"),
                new BigDecimal("77"), new BigDecimal("65"), "")));

        KpiPolicy before = as.call("helen.carter", () -> policies.kpiPolicy(debtAdvice, from.minusDays(1)))
                .orElseThrow();
        KpiPolicy after = as.call("helen.carter", () -> policies.kpiPolicy(debtAdvice, from)).orElseThrow();

        assertThat(before.kpiTarget()).isEqualByComparingTo("80");
        assertThat(after.kpiTarget()).isEqualByComparingTo("82.5");
        assertThat(after.changedBy()).contains("Alex Reid");
        assertThat(after.tier(new BigDecimal("80"))).isEqualTo(KpiPolicy.Tier.NEAR_TARGET);
        assertThat(before.tier(new BigDecimal("80"))).isEqualTo(KpiPolicy.Tier.GOOD);
        assertThat(before.tier(new BigDecimal("64.9")).label()).isEqualTo("1 Inadequate");
        assertThat(as.call("helen.carter", () -> policies.kpiHistory(debtAdvice))).extracting(KpiPolicy::effectiveFrom)
                .startsWith(from, LocalDate.of(2023, 2, 1));
    }

    @Test
    void tiersOutOfOrder_areRefusedNamingTheTier() {
        assertThatThrownBy(() -> as.call("alex.reid", () -> policies.changeKpiPolicy(debtAdvice,
                new KpiPolicy(LocalDate.of(2032, 1, 1), new BigDecimal("80"), new BigDecimal("85"),
                        KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("70"), new BigDecimal("75"),
                        new BigDecimal("65"), ""))))
                .isInstanceOf(PolicyChangeRefused.class).hasMessage("Tier 3 must start below tier 4.");
    }

    @Test
    void submissionRules_holdTheThreeHourLinkedCallLimit_andRefuseUnknownFileTypes() throws Exception {
        SubmissionRules rules = as.call("priya.shah", () -> policies.submissionRules(debtAdvice,
                LocalDate.of(2026, 11, 22))).orElseThrow();
        assertThat(rules.maxLinkedCallMinutes()).isEqualTo(180);
        assertThat(rules.completionMonthsBack()).isEqualTo(1);

        assertThatThrownBy(() -> as.call("alex.reid", () -> policies.changeSubmissionRules(debtAdvice,
                new SubmissionRules(LocalDate.of(2032, 1, 1), 180, 1, List.of("application/x-msdownload"), 25, ""))))
                .isInstanceOf(PolicyChangeRefused.class).hasMessage("Unknown file type application/x-msdownload.");
    }

    @Test
    void onlyAdminsChangePolicies() {
        assertThatThrownBy(() -> as.call("helen.carter", () -> policies.changeAppealPolicy(debtAdvice,
                AppealPolicy.standard(LocalDate.of(2032, 1, 1), ""))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
