package uk.providerportal.appeal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.CaseScore;
import uk.providerportal.assessment.CountedCase;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.kpi.KpiFigure;
import uk.providerportal.kpi.KpiPeriod;
import uk.providerportal.policy.AppealPolicy;
import uk.providerportal.policy.KpiPolicy;

/**
 * The appeal rules (issue 13), pure: which of a month's counted cases and unmet standards may be appealed under the
 * appeal policy in force for the month, with why in words, and what upholding a choice of them would do to the case
 * scores and the KPI. The source: "where the overall KPI is met, appeals are out of scope"; the standard rule allows
 * only cases below the pass mark, only standards the assessor found not met and the provider's self-assessment met,
 * and only appeals that, if upheld, could lift the KPI to the target; the 2023 trial allowed any unmet standard.
 */
final class AppealRules {

    private AppealRules() {
    }

    /** The facts the rules read, gathered by the service. */
    record Facts(long organisationId, String organisationName, YearMonth month, @Nullable AppealPolicy policy,
                 KpiPolicy kpiPolicy, KpiFigure published, List<CountedCase> cases,
                 Map<Long, Map<String, Outcome>> selfAssessments, AppealWindow window, boolean casesKnown) {
    }

    static AppealEligibility eligibility(Facts facts) {
        AppealPolicy policy = facts.policy();
        KpiPolicy kpiPolicy = facts.kpiPolicy();
        KpiFigure kpi = facts.published();
        String monthName = DateFormats.month(facts.month());
        BigDecimal passMark = kpiPolicy.casePassMark();
        String kpiText = kpi.kpiText();
        String targetText = percent(kpiPolicy.kpiTarget());

        if (policy == null) {
            return result(facts, "No appeal policy", List.of(), false, "Appeals are out of scope for " + monthName
                    + " because no appeal policy is in force for the programme in that month. Ask the quality "
                    + "team.", facts.cases().stream().map(c -> notEligible(c, passMark,
                    "No appeal policy is in force for the month.")).toList());
        }
        List<String> criteria = criteria(policy, passMark, kpiPolicy.kpiTarget());
        if (policy.onlyBelowKpiTarget() && kpi.targetMet()) {
            String why = "Appeals are out of scope for " + monthName + " because the KPI of " + kpiText
                    + " met the target of " + targetText + ": where the overall KPI is met, appeals are out of "
                    + "scope.";
            return result(facts, policy.name(), criteria, false, why, facts.cases().stream()
                    .map(c -> notEligible(c, passMark, "The month's KPI met the target.")).toList());
        }

        if (!facts.casesKnown()) {
            return result(facts, policy.name(), criteria, false, "The KPI of " + monthName + " was published before "
                    + "the portal (from the monthly KPI email), so its cases are not in the portal: appeals for that "
                    + "month go to the quality team as before.", List.of());
        }
        List<AppealableCase> cases = new ArrayList<>();
        for (CountedCase counted : facts.cases()) {
            cases.add(judge(counted, policy, passMark,
                    facts.selfAssessments().getOrDefault(counted.caseId(), Map.of())));
        }
        if (policy.onlyIfTargetReachable()) {
            List<Pick> everything = cases.stream().flatMap(c -> c.eligibleStandards().stream()
                    .map(s -> new Pick(c.caseId(), s.standardVersionId()))).toList();
            KpiFigure best = after(facts, cases, everything);
            if (!best.targetMet()) {
                String why = "Appeals are out of scope for " + monthName + " because, even if every standard "
                        + "that could be appealed were upheld, the KPI would be " + best.kpiText() + ", below the "
                        + "target of " + targetText + ": under the " + policy.name().toLowerCase(DateFormats.LOCALE)
                        + " only appeals that could lift the KPI to the target are accepted.";
                String caseWhy = "Even if every eligible standard were upheld, the KPI would stay below the target.";
                return result(facts, policy.name(), criteria, false, why, cases.stream()
                        .map(c -> new AppealableCase(c.caseId(), c.reference(), c.met(), c.notMet(), c.scoreText(),
                                c.passes(), false, c.eligible() ? caseWhy : c.why(), c.unmet().stream()
                                .map(s -> s.eligible() ? withWhy(s, false, caseWhy) : s).toList()))
                        .toList());
            }
        }
        long eligible = cases.stream().filter(AppealableCase::eligible).count();
        String why = eligible == 0
                ? "The KPI of " + kpiText + " is below the target of " + targetText + ", but no case has a standard "
                + "that can be appealed under the " + policy.name().toLowerCase(DateFormats.LOCALE) + "; each case "
                + "says why."
                : "The KPI of " + kpiText + " is below the target of " + targetText + ", so you may appeal: "
                + Plural.of((int) eligible, "case") + " with eligible standards under the "
                + policy.name().toLowerCase(DateFormats.LOCALE) + ".";
        return result(facts, policy.name(), criteria, eligible > 0, why, cases);
    }

    /** The policy's criteria in words, as the template's criteria sheet and the page show them. */
    static List<String> criteria(AppealPolicy policy, BigDecimal passMark, BigDecimal target) {
        List<String> lines = new ArrayList<>();
        lines.add("Appeal policy in force: " + policy.name() + " (from " + DateFormats.date(policy.effectiveFrom())
                + ").");
        lines.add(policy.onlyBelowKpiTarget()
                ? "Only an organisation below the KPI target of " + percent(target) + " for the month may appeal."
                : "An organisation may appeal whatever its KPI.");
        lines.add(policy.onlyCasesBelowPassMark()
                ? "Only cases scoring below the case pass mark of " + percent(passMark) + " can be appealed."
                : "Any counted case can be appealed.");
        lines.add(policy.onlyDisputedStandards()
                ? "Only standards the assessor found not met and your self-assessment found met can be appealed."
                : "Any standard the assessor found not met can be appealed.");
        if (policy.onlyIfTargetReachable()) {
            lines.add("Only appeals that, if every appealed standard were upheld, could lift the KPI to the target "
                    + "are accepted.");
        }
        return lines;
    }

    record Pick(long caseId, long standardVersionId) {
    }

    /** The month if the chosen standards (eligible ones only; others are ignored) were all upheld. */
    static AppealWhatIf whatIf(Facts facts, AppealEligibility eligibility, Collection<Pick> chosen) {
        Set<Pick> picks = Set.copyOf(chosen);
        List<AppealWhatIf.CaseChange> changes = new ArrayList<>();
        BigDecimal passMark = facts.kpiPolicy().casePassMark();
        for (AppealableCase c : eligibility.cases()) {
            int upheld = (int) c.eligibleStandards().stream()
                    .filter(s -> picks.contains(new Pick(c.caseId(), s.standardVersionId()))).count();
            if (upheld == 0) {
                continue;
            }
            CaseScore before = new CaseScore(c.met(), c.notMet(), 0);
            CaseScore after = new CaseScore(c.met() + upheld, c.notMet() - upheld, 0);
            changes.add(new AppealWhatIf.CaseChange(c.caseId(), c.reference(), upheld, before.percentText(),
                    after.percentText(), before.result(passMark).label(), after.result(passMark).label()));
        }
        KpiFigure before = facts.published();
        KpiFigure after = after(facts, eligibility.cases(), picks);
        String summary;
        if (changes.isEmpty()) {
            summary = "Choose standards to appeal to see what upholding them would do.";
        } else {
            summary = "If every chosen standard were upheld, the KPI would be " + after.kpiText() + " (now "
                    + before.kpiText() + "): target " + (after.targetMet() ? "met" : "still not met")
                    + (before.tier() == after.tier() ? ", tier unchanged (" + after.tierText() + ")."
                    : ", tier " + before.tierText() + " to " + after.tierText() + ".");
        }
        return new AppealWhatIf(changes, before, after, summary);
    }

    private static KpiFigure after(Facts facts, List<AppealableCase> cases, Collection<Pick> picks) {
        Set<Pick> chosen = Set.copyOf(picks);
        BigDecimal passMark = facts.kpiPolicy().casePassMark();
        KpiFigure published = facts.published();
        int passing = published.casesPassing();
        BigDecimal scoreTotal = published.scoreTotal();
        for (AppealableCase c : cases) {
            int upheld = (int) c.eligibleStandards().stream()
                    .filter(s -> chosen.contains(new Pick(c.caseId(), s.standardVersionId()))).count();
            if (upheld == 0) {
                continue;
            }
            CaseScore before = new CaseScore(c.met(), c.notMet(), 0);
            CaseScore after = new CaseScore(c.met() + upheld, c.notMet() - upheld, 0);
            if (before.result(passMark) != CaseScore.Result.PASS && after.result(passMark) == CaseScore.Result.PASS) {
                passing++;
            }
            scoreTotal = scoreTotal.add(nonNull(after.percent())).subtract(nonNull(before.percent()));
        }
        return KpiFigure.of(KpiPeriod.IN_MONTH, published.casesCounted(), Math.min(passing,
                published.casesCounted()), scoreTotal, published.actualDetriment(), facts.kpiPolicy());
    }

    private static AppealableCase judge(CountedCase counted, AppealPolicy policy, BigDecimal passMark,
                                        Map<String, Outcome> self) {
        CaseScore score = new CaseScore(counted.met(), counted.notMet(), 0);
        boolean passes = score.result(passMark) == CaseScore.Result.PASS;
        if (counted.unmet().isEmpty()) {
            return notEligible(counted, passMark, "Every scored standard of this case was met: nothing to appeal.");
        }
        if (policy.onlyCasesBelowPassMark() && passes) {
            return notEligible(counted, passMark, "The case passed (" + score.percentText() + ", pass mark "
                    + percent(passMark) + "): only cases below the pass mark can be appealed.");
        }
        List<AppealableStandard> standards = new ArrayList<>();
        for (CountedCase.Unmet unmet : counted.unmet()) {
            Outcome own = self.get(unmet.code());
            String whyNot = null;
            if (policy.onlyDisputedStandards()) {
                whyNot = own == null ? "Your self-assessment recorded no outcome for this standard: only standards "
                        + "you self-assessed as met can be appealed."
                        : own == Outcome.NOT_MET ? "Your self-assessment also found it not met, so the outcome is "
                        + "not disputed."
                        : own == Outcome.NOT_APPLICABLE ? "Your self-assessment found it not applicable: only "
                        + "standards you self-assessed as met can be appealed." : null;
            }
            String why = whyNot != null ? whyNot : policy.onlyDisputedStandards()
                    ? "The assessor found it not met and your self-assessment found it met."
                    : "The assessor found it not met; under the " + policy.name().toLowerCase(DateFormats.LOCALE)
                    + " any unmet standard can be appealed.";
            standards.add(new AppealableStandard(unmet.standardVersionId(), unmet.code(), unmet.title(),
                    unmet.impact(), unmet.note(), own, whyNot == null, why));
        }
        int eligible = (int) standards.stream().filter(AppealableStandard::eligible).count();
        if (eligible > 0 && policy.onlyIfTargetReachable()) {
            CaseScore best = new CaseScore(counted.met() + eligible, counted.notMet() - eligible, 0);
            if (best.result(passMark) != CaseScore.Result.PASS) {
                String why = "Even if every eligible standard were upheld the case would score "
                        + best.percentText() + ", below the pass mark of " + percent(passMark)
                        + ", so it could not lift the KPI.";
                return new AppealableCase(counted.caseId(), counted.reference(), counted.met(), counted.notMet(),
                        score.percentText(), passes, false, why, standards.stream()
                        .map(s -> s.eligible() ? withWhy(s, false, why) : s).toList());
            }
        }
        String why = eligible == 0 ? "None of its unmet standards can be appealed; each says why."
                : Plural.of(eligible, "standard") + " of " + counted.unmet().size() + " unmet can be appealed.";
        return new AppealableCase(counted.caseId(), counted.reference(), counted.met(), counted.notMet(),
                score.percentText(), passes, eligible > 0, why, standards);
    }

    private static AppealableCase notEligible(CountedCase counted, BigDecimal passMark, String why) {
        CaseScore score = new CaseScore(counted.met(), counted.notMet(), 0);
        return new AppealableCase(counted.caseId(), counted.reference(), counted.met(), counted.notMet(),
                score.percentText(), score.result(passMark) == CaseScore.Result.PASS, false, why,
                counted.unmet().stream().map(u -> new AppealableStandard(u.standardVersionId(), u.code(), u.title(),
                        u.impact(), u.note(), null, false, why)).toList());
    }

    private static AppealableStandard withWhy(AppealableStandard s, boolean eligible, String why) {
        return new AppealableStandard(s.standardVersionId(), s.code(), s.title(), s.impact(), s.assessorNote(),
                s.selfAssessment(), eligible, why);
    }

    private static AppealEligibility result(Facts facts, String policyName, List<String> criteria, boolean inScope,
                                            String why, List<AppealableCase> cases) {
        KpiFigure kpi = facts.published();
        return new AppealEligibility(facts.organisationId(), facts.organisationName(), facts.month(), policyName,
                criteria, kpi.casesCounted(), kpi.casesPassing(), kpi.kpiPercent() == null ? BigDecimal.ZERO
                : kpi.kpiPercent(), facts.kpiPolicy().kpiTarget(), facts.kpiPolicy().casePassMark(), kpi.tierText(),
                inScope, why, facts.window(), cases);
    }

    private static BigDecimal nonNull(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static String percent(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() <= 0 ? stripped.setScale(0) : stripped).toPlainString() + "%";
    }

    static Map<Long, AppealableCase> byId(AppealEligibility eligibility) {
        Map<Long, AppealableCase> byId = new HashMap<>();
        eligibility.cases().forEach(c -> byId.put(c.caseId(), c));
        return byId;
    }
}
