package uk.providerportal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.audit.AuditEntry;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.Restatement;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;

/**
 * Effective dating: a rule changed from a date applies from then on and never before, and a month already closed
 * changes only as a restatement with a reason.
 */
@PortalTest
@RecordApplicationEvents
class PolicyServiceIT {

    /** March 2046's KPI is published on Friday 30 March (its last working day); April's round is open. */
    static final Instant SECOND_OF_APRIL_2046 = Instant.parse("2046-04-02T09:00:00Z");
    static final LocalDate FIRST_OF_MARCH_2046 = LocalDate.of(2046, 3, 1);

    @Autowired PolicyService policies;
    @Autowired OrganisationService organisations;
    @Autowired AuditLog auditLog;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired ApplicationContext context;
    SignInAs as;
    long debtAdvice;
    long employment;

    @BeforeEach
    void setUp() throws Exception {
        as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        debtAdvice = programme("DEBT");
        employment = programme("EMPLOY");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long programme(String code) throws Exception {
        return as.call("alex.reid", () -> organisations.programmes().stream()
                .filter(programme -> programme.code().equals(code)).findFirst().orElseThrow().id());
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
        as.call("alex.reid", () -> policies.changeKpiPolicy(debtAdvice, kpi(from, "82.5"), null));

        KpiPolicy before = as.call("helen.carter", () -> policies.kpiPolicy(debtAdvice, from.minusDays(1)))
                .orElseThrow();
        KpiPolicy after = as.call("helen.carter", () -> policies.kpiPolicy(debtAdvice, from)).orElseThrow();

        assertThat(before.kpiTarget()).isEqualByComparingTo("80");
        assertThat(after.kpiTarget()).isEqualByComparingTo("82.5");
        assertThat(after.changedBy()).contains("Alex Reid");
        assertThat(after.restatement()).isNull();
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
                        new BigDecimal("65"), ""), null)))
                .isInstanceOf(PolicyChangeRefused.class).hasMessage("Tier 3 must start below tier 4.");
    }

    @Test
    void submissionRules_holdTheThreeHourLinkedCallLimit_andRefuseUnknownFileTypes() throws Exception {
        SubmissionRules rules = as.call("priya.shah", () -> policies.submissionRules(debtAdvice,
                LocalDate.of(2026, 11, 22))).orElseThrow();
        assertThat(rules.maxLinkedCallMinutes()).isEqualTo(180);
        assertThat(rules.completionMonthsBack()).isEqualTo(1);

        assertThatThrownBy(() -> as.call("alex.reid", () -> policies.changeSubmissionRules(debtAdvice,
                new SubmissionRules(LocalDate.of(2032, 1, 1), 180, 1, List.of("application/x-msdownload"), 25, ""),
                null)))
                .isInstanceOf(PolicyChangeRefused.class).hasMessage("Unknown file type application/x-msdownload.");
    }

    @Test
    void onlyAdminsChangePolicies() {
        assertThatThrownBy(() -> as.call("helen.carter", () -> policies.changeAppealPolicy(debtAdvice,
                AppealPolicy.standard(LocalDate.of(2032, 1, 1), ""), null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void kpiPolicyChange_inAClosedMonth_isRefusedNamingTheMonth() throws Exception {
        clock.set(SECOND_OF_APRIL_2046);

        assertThatThrownBy(() -> as.call("alex.reid", () -> policies.changeKpiPolicy(employment,
                kpi(LocalDate.of(2046, 3, 15), "70"), null)))
                .isInstanceOf(PolicyChangeRefused.class)
                .hasMessage("March 2046 is closed: its KPI was published on 30 March 2046, so a change from "
                        + "15 March 2046 would alter published figures. Choose 1 April 2046 or later, or restate "
                        + "the closed month with a reason.")
                .satisfies(e -> assertThat(((PolicyChangeRefused) e).field()).isEqualTo("effectiveFrom"));
        assertThatThrownBy(() -> as.call("alex.reid", () -> policies.changeKpiPolicy(employment,
                kpi(LocalDate.of(2046, 3, 15), "70"), "   ")))
                .as("a blank reason is no reason").isInstanceOf(PolicyChangeRefused.class);
        assertThat(as.call("helen.carter", () -> policies.kpiHistory(employment))).extracting(KpiPolicy::effectiveFrom)
                .doesNotContain(LocalDate.of(2046, 3, 15));
        assertThat(events.stream(RuleRestated.class)).isEmpty();
    }

    @Test
    void kpiRestatement_withAReason_isRecordedAuditedAndPublished() throws Exception {
        clock.set(SECOND_OF_APRIL_2046);
        String reason = "The funder agreed a 78% target for March at the February review";

        KpiPolicy restated = as.call("alex.reid", () -> policies.changeKpiPolicy(employment,
                kpi(FIRST_OF_MARCH_2046, "78"), "  " + reason + " "));

        assertThat(restated.restatement()).isEqualTo(new Restatement("Alex Reid <alex.reid@funder.example>",
                SECOND_OF_APRIL_2046, reason));
        assertThat(as.call("helen.carter", () -> policies.kpiPolicy(employment, LocalDate.of(2046, 3, 20))))
                .hasValueSatisfying(policy -> assertThat(policy.kpiTarget()).isEqualByComparingTo("78"));
        assertThat(as.call("helen.carter", () -> policies.kpiHistory(employment)))
                .filteredOn(version -> version.effectiveFrom().equals(FIRST_OF_MARCH_2046)).singleElement()
                .satisfies(version -> assertThat(version.restatement()).isNotNull()
                        .extracting(Restatement::reason).isEqualTo(reason));
        assertThat(latestAudit("KPI_POLICY_RESTATED").summary()).startsWith("KPI policy from 1 March 2046: target 78")
                .endsWith("(restates closed March 2046: " + reason + ")");
        assertThat(events.stream(RuleRestated.class))
                .containsExactly(new RuleRestated(employment, RuleKind.KPI_POLICY, YearMonth.of(2046, 3), reason));
    }

    @Test
    void appealPolicyChange_inAClosedMonth_isRefused_andRestatedWithAReason() throws Exception {
        clock.set(SECOND_OF_APRIL_2046);
        AppealPolicy trial = AppealPolicy.anyUnmetStandard(LocalDate.of(2046, 2, 1), "");

        assertThatThrownBy(() -> as.call("alex.reid", () -> policies.changeAppealPolicy(employment, trial, null)))
                .isInstanceOf(PolicyChangeRefused.class).hasMessageStartingWith("February 2046 is closed");
        AppealPolicy restated = as.call("alex.reid", () -> policies.changeAppealPolicy(employment, trial,
                "Trial decided in January, recorded late"));

        assertThat(restated.restatement()).isNotNull();
        assertThat(latestAudit("APPEAL_POLICY_RESTATED").summary())
                .startsWith("Appeal policy from 1 February 2046: Any unmet standard on any case (trial)");
        assertThat(events.stream(RuleRestated.class)).containsExactly(new RuleRestated(employment,
                RuleKind.APPEAL_POLICY, YearMonth.of(2046, 2), "Trial decided in January, recorded late"));
    }

    @Test
    void submissionRulesChange_inAClosedMonth_isRefused_andRestatedWithAReason() throws Exception {
        clock.set(SECOND_OF_APRIL_2046);
        SubmissionRules rules = new SubmissionRules(LocalDate.of(2046, 1, 1), 240, 1, List.of("application/pdf"), 25,
                "");

        assertThatThrownBy(() -> as.call("alex.reid", () -> policies.changeSubmissionRules(employment, rules, null)))
                .isInstanceOf(PolicyChangeRefused.class).hasMessageStartingWith("January 2046 is closed");
        SubmissionRules restated = as.call("alex.reid", () -> policies.changeSubmissionRules(employment, rules,
                "Four-hour calls were allowed from January by the funder's letter"));

        assertThat(restated.restatement()).isNotNull();
        assertThat(as.call("helen.carter", () -> policies.submissionHistory(employment)))
                .filteredOn(version -> version.effectiveFrom().equals(LocalDate.of(2046, 1, 1))).singleElement()
                .extracting(SubmissionRules::restatement).isNotNull();
        assertThat(latestAudit("SUBMISSION_RULES_RESTATED").summary())
                .startsWith("Submission rules from 1 January 2046: linked calls up to 240 minutes");
        assertThat(events.stream(RuleRestated.class)).extracting(RuleRestated::rule, RuleRestated::firstAffectedMonth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleKind.SUBMISSION_RULES, YearMonth.of(2046, 1)));
    }

    @Test
    void change_inTheCurrentMonthBeforeItsKpiIsPublished_isAPlainChange_andIgnoresAReason() throws Exception {
        clock.set(Instant.parse("2046-05-15T09:00:00Z"));

        KpiPolicy changed = as.call("alex.reid", () -> policies.changeKpiPolicy(employment,
                kpi(LocalDate.of(2046, 5, 1), "79"), "Not needed: May is still open"));

        assertThat(changed.restatement()).isNull();
        assertThat(latestAudit("KPI_POLICY_CHANGED").summary()).startsWith("KPI policy from 1 May 2046: target 79")
                .doesNotContain("restates");
        assertThat(events.stream(RuleRestated.class)).isEmpty();
    }

    @Test
    void overlongReason_isRefusedBesideTheReason() {
        clock.set(SECOND_OF_APRIL_2046);

        assertThatThrownBy(() -> as.call("alex.reid", () -> policies.changeKpiPolicy(employment,
                kpi(FIRST_OF_MARCH_2046, "78"), "x".repeat(501))))
                .isInstanceOf(PolicyChangeRefused.class).hasMessage("Keep the reason to 500 characters.")
                .satisfies(e -> assertThat(((PolicyChangeRefused) e).field()).isEqualTo("restatementReason"));
    }

    /** The newest audit entry of an action (reading the trail signs in, which is audited too). */
    AuditEntry latestAudit(String action) throws Exception {
        return as.call("alex.reid", () -> auditLog.latest().stream().filter(entry -> entry.action().equals(action))
                .findFirst().orElseThrow());
    }

    static KpiPolicy kpi(LocalDate from, String target) {
        return new KpiPolicy(from, new BigDecimal(target), new BigDecimal("85"),
                KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal(target), new BigDecimal("70"),
                new BigDecimal("60"), "");
    }
}
