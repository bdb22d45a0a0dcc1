package uk.providerportal.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.SystemTasks;
import uk.providerportal.selfassessment.SelfAssessmentAnswer;
import uk.providerportal.selfassessment.SelfAssessmentCase;
import uk.providerportal.selfassessment.SelfAssessmentDraft;
import uk.providerportal.selfassessment.SelfAssessmentForm;
import uk.providerportal.selfassessment.SelfAssessmentLine;
import uk.providerportal.selfassessment.SelfAssessmentService;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * Gareth Evans's self-assessments of this month's Midlands Debt Trust cases (issue 11, item 7), where he has none:
 * the first and fourth case (by id) complete, every standard met but 2c not applicable, and the second part-way
 * through. {@link DemoData} calls this before the demo assessors score those cases, so the fourth, which the quality
 * manager's moderation changes (1c not met) and releases, was self-assessed before release, as the rules require.
 * Cases already released or withdrawn (a database seeded before self-assessment existed) are left alone.
 */
@Component
class DemoSelfAssessments {

    private final UserService users;
    private final SystemTasks systemTasks;
    private final SelfAssessmentService selfAssessments;
    private final Clock clock;

    DemoSelfAssessments(UserService users, SystemTasks systemTasks, SelfAssessmentService selfAssessments,
                        Clock clock) {
        this.users = users;
        this.systemTasks = systemTasks;
        this.selfAssessments = selfAssessments;
        this.clock = clock;
    }

    void seed(OrganisationSummary midlands) {
        UserAccount gareth = users.findDemoUser("gareth.evans").orElseThrow();
        var identity = new PortalIdentity(gareth.id(), gareth.name(), gareth.email(), midlands.id(), midlands.name(),
                gareth.roles(), false);
        systemTasks.runAsUser(identity, () -> {
            List<SelfAssessmentCase> cases = selfAssessments.cases(YearMonth.now(clock),
                    PageRequest.of(0, 50, Sort.by("id")));
            if (cases.size() < 4 || cases.stream().anyMatch(row -> row.answered() > 0)) {
                return;
            }
            record(cases.get(0), false);
            record(cases.get(1), true);
            record(cases.get(3), false);
        });
    }

    /**
     * The provider's own view of a case as every standard met (run as one of its provider users): Northgate's failing
     * case, so that once its month is published the standards the assessor found not met can be appealed.
     */
    void everyStandardMet(long caseId) {
        SelfAssessmentForm form = selfAssessments.selfAssessment(caseId);
        List<SelfAssessmentAnswer> answers = new ArrayList<>();
        for (SelfAssessmentLine line : form.lines()) {
            answers.add(new SelfAssessmentAnswer(line.code(), Outcome.MET));
        }
        selfAssessments.save(caseId, new SelfAssessmentDraft(form.version(), answers));
    }

    private void record(SelfAssessmentCase row, boolean partway) {
        if (row.locked()) {
            return;
        }
        SelfAssessmentForm form = selfAssessments.selfAssessment(row.caseId());
        List<SelfAssessmentAnswer> answers = new ArrayList<>();
        int answering = partway ? Math.min(5, form.lines().size() - 1) : form.lines().size();
        for (SelfAssessmentLine line : form.lines().subList(0, Math.max(0, answering))) {
            answers.add(new SelfAssessmentAnswer(line.code(), line.code().equals("2c") ? Outcome.NOT_APPLICABLE
                    : Outcome.MET));
        }
        selfAssessments.save(row.caseId(), new SelfAssessmentDraft(form.version(), answers));
    }
}
