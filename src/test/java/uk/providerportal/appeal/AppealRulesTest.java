package uk.providerportal.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.providerportal.assessment.CountedCase;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.kpi.KpiFigure;
import uk.providerportal.kpi.KpiPeriod;
import uk.providerportal.organisation.Nation;
import uk.providerportal.policy.AppealPolicy;
import uk.providerportal.policy.KpiPolicy;

/** The appeal rules at their edges, for each policy (issue 13). Pass mark 75%, target 80%, four standards a case. */
class AppealRulesTest {

    static final YearMonth MONTH = YearMonth.of(2026, 3);
    static final KpiPolicy KPI = new KpiPolicy(MONTH.atDay(1), new BigDecimal("80"), new BigDecimal("75"),
            KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("80"), new BigDecimal("75"),
            new BigDecimal("65"), "test");
    static final AppealPolicy STANDARD = AppealPolicy.standard(MONTH.atDay(1), "test");
    static final AppealPolicy TRIAL = AppealPolicy.anyUnmetStandard(MONTH.atDay(1), "test");
    static final AppealWindow WINDOW = new AppealWindow(LocalDate.of(2026, 3, 31), 10, Nation.ENGLAND_AND_WALES,
            LocalDate.of(2026, 4, 15), Instant.parse("2026-04-15T23:00:00Z"), true, 5);

    final List<CountedCase> cases = new ArrayList<>();
    final Map<Long, Map<String, Outcome>> self = new HashMap<>();

    /** A case with {@code unmet} of four standards not met (1a, 1b, ... first), self-assessed as given. */
    void counted(long id, int unmet, Outcome... selfAssessed) {
        List<CountedCase.Unmet> standards = new ArrayList<>();
        Map<String, Outcome> own = new HashMap<>();
        for (int i = 0; i < unmet; i++) {
            String code = "1" + (char) ('a' + i);
            standards.add(new CountedCase.Unmet(id * 10 + i, code, "Standard " + code, CustomerImpact.NONE, "note"));
            if (i < selfAssessed.length) {
                own.put(code, selfAssessed[i]);
            }
        }
        BigDecimal score = BigDecimal.valueOf(100L * (4 - unmet)).divide(BigDecimal.valueOf(4));
        cases.add(new CountedCase(id, "REF-" + id, 4 - unmet, unmet, score, 1L, null, standards));
        self.put(id, own);
    }

    AppealEligibility eligibility(AppealPolicy policy) {
        return AppealRules.eligibility(facts(policy));
    }

    AppealRules.Facts facts(AppealPolicy policy) {
        int passing = (int) cases.stream().filter(c -> c.notMet() * 4 <= 4).count();
        BigDecimal total = cases.stream().map(CountedCase::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        KpiFigure figure = KpiFigure.of(KpiPeriod.IN_MONTH, cases.size(), passing, total, 0, KPI);
        return new AppealRules.Facts(7L, "Northgate", MONTH, policy, KPI, figure, cases, self, WINDOW, true);
    }

    AppealableCase caseOf(AppealEligibility eligibility, long id) {
        return eligibility.cases().stream().filter(c -> c.caseId() == id).findFirst().orElseThrow();
    }

    @Test
    void anOrganisationExactlyAtTheTarget_isOutOfScope() {
        for (long id = 1; id <= 4; id++) {
            counted(id, 0);
        }
        counted(5, 2, Outcome.MET, Outcome.MET);
        // 4 of 5 = 80.0%, exactly the target
        AppealEligibility eligibility = eligibility(STANDARD);
        assertThat(eligibility.inScope()).isFalse();
        assertThat(eligibility.why()).contains("out of scope").contains("met the target of 80%");
        assertThat(eligibility.eligibleCases()).isEmpty();
    }

    @Test
    void aCaseExactlyAtThePassMark_cannotBeAppealedUnderTheStandardRule_butCanUnderTheTrial() {
        counted(1, 1, Outcome.MET);
        counted(2, 2, Outcome.MET, Outcome.MET);
        // case 1 scores 75.0%, exactly the pass mark: a pass
        AppealableCase atPassMark = caseOf(eligibility(STANDARD), 1);
        assertThat(atPassMark.passes()).isTrue();
        assertThat(atPassMark.eligible()).isFalse();
        assertThat(atPassMark.why()).contains("passed").contains("only cases below the pass mark");
        assertThat(caseOf(eligibility(TRIAL), 1).eligible()).isTrue();
    }

    @Test
    void aStandardUnmetByAssessorAndProvider_isNotDisputed_soNotAppealableUnderTheStandardRule() {
        counted(1, 0);
        counted(2, 2, Outcome.MET, Outcome.NOT_MET);
        AppealableCase failing = caseOf(eligibility(STANDARD), 2);
        assertThat(failing.eligible()).isTrue();
        assertThat(failing.unmet()).extracting(AppealableStandard::eligible).containsExactly(true, false);
        assertThat(failing.unmet().get(1).why()).contains("also found it not met");
        // the trial allowed any unmet standard on any case
        assertThat(caseOf(eligibility(TRIAL), 2).unmet()).allSatisfy(s -> assertThat(s.eligible()).isTrue());
    }

    @Test
    void aStandardWithoutASelfAssessment_saysSo() {
        counted(1, 0);
        counted(2, 2);
        AppealableCase failing = caseOf(eligibility(STANDARD), 2);
        assertThat(failing.eligible()).isFalse();
        assertThat(failing.unmet().getFirst().why()).contains("recorded no outcome");
    }

    @Test
    void whenEvenEveryEligibleStandardCouldNotReachTheTarget_theStandardRuleLeavesItOutOfScope() {
        counted(1, 0);
        counted(2, 2, Outcome.MET, Outcome.NOT_MET);
        counted(3, 2, Outcome.NOT_MET, Outcome.NOT_MET);
        counted(4, 2, Outcome.NOT_MET, Outcome.NOT_MET);
        // at best 2 of 4 pass (50.0%): under the target whatever is upheld
        AppealEligibility standard = eligibility(STANDARD);
        assertThat(standard.inScope()).isFalse();
        assertThat(standard.why()).contains("even if every standard that could be appealed were upheld")
                .contains("50.0%");
        assertThat(eligibility(TRIAL).inScope()).isTrue();
    }

    @Test
    void theWhatIf_recountsTheKpiFromCases_andSaysWhenTheTierChanges() {
        counted(1, 0);
        counted(2, 0);
        counted(3, 0);
        counted(4, 2, Outcome.MET, Outcome.MET);
        counted(5, 2, Outcome.MET, Outcome.MET);
        // 3 of 5 = 60.0%, tier 1; upholding both of case 4 and one of case 5 makes 5 of 5
        AppealRules.Facts facts = facts(STANDARD);
        AppealEligibility eligibility = AppealRules.eligibility(facts);
        AppealWhatIf whatIf = AppealRules.whatIf(facts, eligibility, List.of(new AppealRules.Pick(4, 40),
                new AppealRules.Pick(4, 41), new AppealRules.Pick(5, 50)));
        assertThat(whatIf.before().kpiText()).isEqualTo("60.0%");
        assertThat(whatIf.after().kpiText()).isEqualTo("100.0%");
        assertThat(whatIf.cases()).extracting(AppealWhatIf.CaseChange::scoreAfter).containsExactly("100.0%",
                "75.0%");
        assertThat(whatIf.summary()).contains("target met").contains("tier 1 Inadequate to 4 Good");
        // a standard that is not eligible changes nothing
        AppealWhatIf none = AppealRules.whatIf(facts, eligibility, List.of(new AppealRules.Pick(1, 999)));
        assertThat(none.cases()).isEmpty();
        assertThat(none.after().kpiText()).isEqualTo("60.0%");
    }
}
