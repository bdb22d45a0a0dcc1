package uk.providerportal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.submission.CaseFiles;
import uk.providerportal.submission.NewCaseSample;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.triage.TriageService;

/** What happens to a case is published for the features that follow it: submitted, assigned, withdrawn, rolled over. */
@PortalTest
@RecordApplicationEvents
class CaseEventsIT {

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired SubmissionService submissions;
    @Autowired CasesService cases;
    @Autowired TriageService triage;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    CaseSummary submit(Fixtures.Partner partner, String reference) throws Exception {
        var sample = new NewCaseSample(reference, AdviceChannel.EMAIL, LocalDate.of(2027, 5, 3), "",
                List.of(CaseFiles.pdf(reference + ".pdf")));
        var result = signInAs.call(partner.provider(), () -> submissions.submit(sample));
        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        return result.filed();
    }

    @Test
    void aCasesLife_isPublishedStepByStep() throws Exception {
        YearMonth may = YearMonth.of(2027, 5);
        fixtures.today("2027-05-12");
        Fixtures.Partner partner = fixtures.partner();
        fixtures.agree(partner, may, 10, 5);
        String first = fixtures.assessor();
        String second = fixtures.assessor();

        CaseSummary kept = submit(partner, "EVENTS-1");
        CaseSummary withdrawn = submit(partner, "EVENTS-2");
        assertThat(events.stream(CaseSubmitted.class).filter(e -> e.organisationId() == partner.id()))
                .extracting(CaseSubmitted::caseId).containsExactly(kept.id(), withdrawn.id());
        assertThat(events.stream(CaseSubmitted.class).filter(e -> e.caseId() == kept.id()).findFirst().orElseThrow())
                .isEqualTo(new CaseSubmitted(kept.id(), partner.id(), may, kept.sampleWeek(), kept.late()));

        signInAs.call("helen.carter", () -> triage.assign(List.of(kept.id()), fixtures.userId(first)));
        signInAs.call("helen.carter", () -> triage.assign(List.of(kept.id()), fixtures.userId(second)));
        assertThat(events.stream(CaseAssigned.class).filter(e -> e.caseId() == kept.id())).containsExactly(
                new CaseAssigned(kept.id(), partner.id(), may, fixtures.userId(first), null),
                new CaseAssigned(kept.id(), partner.id(), may, fixtures.userId(second), fixtures.userId(first)));

        signInAs.call(partner.provider(), () -> cases.withdraw(withdrawn.id(), "Sent by mistake"));
        assertThat(events.stream(CaseWithdrawn.class).filter(e -> e.caseId() == withdrawn.id()))
                .containsExactly(new CaseWithdrawn(withdrawn.id(), partner.id(), may));

        fixtures.today("2027-06-01");
        signInAs.call("helen.carter", () -> triage.rollOver(may));
        assertThat(events.stream(CaseRolledOver.class).filter(e -> e.organisationId() == partner.id()))
                .containsExactly(new CaseRolledOver(kept.id(), partner.id(), may, may.plusMonths(1)));
    }
}
