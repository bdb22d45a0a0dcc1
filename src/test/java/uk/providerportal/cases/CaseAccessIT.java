package uk.providerportal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.submission.CaseFiles;
import uk.providerportal.submission.NewCaseSample;
import uk.providerportal.submission.SubmissionResult;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.triage.TriageService;

/**
 * Least privilege for the funder's staff: an assessor reads and downloads only the cases assigned to them, and none
 * of a delivery partner they declared a conflict with; quality managers and admins keep the wider view. Every
 * refusal is audited and answered "not found".
 */
@PortalTest
class CaseAccessIT {

    static final String QUALITY_MANAGER = "helen.carter";

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired SubmissionService submissions;
    @Autowired CasesService cases;
    @Autowired TriageService triage;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    Fixtures.Partner partner;
    String assessor;
    String otherAssessor;
    YearMonth month = YearMonth.of(2027, 3);
    CaseSummary assigned;
    CaseSummary unassigned;

    @BeforeEach
    void twoCasesOneAssignedToTheAssessor() throws Exception {
        fixtures.today("2027-03-10");
        partner = fixtures.partner();
        fixtures.agree(partner, month, 10, 5);
        assessor = fixtures.assessor();
        otherAssessor = fixtures.assessor();
        assigned = submit("ACCESS-1");
        unassigned = submit("ACCESS-2");
        var result = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(assigned.id()),
                fixtures.userId(assessor)));
        assertThat(result.done()).as(result.message()).isTrue();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    CaseSummary submit(String reference) throws Exception {
        var sample = new NewCaseSample(reference, AdviceChannel.FACE_TO_FACE, LocalDate.of(2027, 3, 1), "",
                List.of(CaseFiles.pdf(reference + ".pdf")));
        SubmissionResult result = signInAs.call(partner.provider(), () -> submissions.submit(sample));
        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        return result.filed();
    }

    long deniedFor(String subject, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and action = ?"
                + " and actor_user_id = ?", Long.class, action, fixtures.userId(subject));
    }

    @Test
    void assessor_readsAndDownloadsTheCaseAssignedToThem() throws Exception {
        assertThat(signInAs.call(assessor, () -> cases.caseSample(assigned.id())).reference()).isEqualTo("ACCESS-1");
        long file = assigned.files().getFirst().id();
        try (var in = signInAs.call(assessor, () -> cases.openFile(assigned.id(), file)).content().open()) {
            assertThat(new String(in.readAllBytes())).startsWith("%PDF");
        }
    }

    @Test
    void assessor_readingACaseNotAssignedToThem_isNotFoundAndAudited() throws Exception {
        long before = deniedFor(assessor, "READ_CASE");
        assertThatThrownBy(() -> signInAs.call(assessor, () -> cases.caseSample(unassigned.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(deniedFor(assessor, "READ_CASE")).isEqualTo(before + 1);

        long file = unassigned.files().getFirst().id();
        assertThatThrownBy(() -> signInAs.call(assessor, () -> cases.openFile(unassigned.id(), file)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(deniedFor(assessor, "DOWNLOAD_CASE_FILE")).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> signInAs.call(otherAssessor, () -> cases.caseSample(assigned.id())))
                .isInstanceOf(ItemNotFoundException.class);
    }

    @Test
    void assessor_seesOnlyTheirCasesInTheFolder_whileItsProgressCountsEveryCase() throws Exception {
        var folder = signInAs.call(assessor, () -> submissions.monthFolder(partner.id(), month));
        assertThat(listed(assessor)).extracting(CaseSummary::reference).containsExactly("ACCESS-1");
        assertThat(signInAs.call(assessor, () -> cases.folderCount(FolderQuery.all(partner.id(), month)))).isOne();
        assertThat(folder.filed()).isEqualTo(2);

        assertThat(listed(otherAssessor)).isEmpty();
        assertThat(listed(QUALITY_MANAGER))
                .hasSize(2);
        assertThat(listed("alex.reid")).hasSize(2);
        assertThat(listed(partner.provider()))
                .hasSize(2);
    }

    /** The first page of the folder as this person is shown it. */
    private List<CaseSummary> listed(String subject) throws Exception {
        return signInAs.call(subject, () -> cases.folderPage(FolderQuery.all(partner.id(), month),
                org.springframework.data.domain.PageRequest.of(0, 50)));
    }

    @Test
    void assessorWithADeclaredConflict_seesNoneOfThatPartnersCases_evenOneAssignedEarlier() throws Exception {
        signInAs.call(QUALITY_MANAGER, () -> triage.declareConflict(fixtures.userId(assessor), partner.id(),
                "Used to work there"));

        long before = deniedFor(assessor, "READ_CASE");
        assertThatThrownBy(() -> signInAs.call(assessor, () -> cases.caseSample(assigned.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(deniedFor(assessor, "READ_CASE")).isEqualTo(before + 1);
        assertThat(listed(assessor)).isEmpty();
    }

    @Test
    void qualityManagerAndAdmin_readEveryCase() throws Exception {
        assertThat(signInAs.call(QUALITY_MANAGER, () -> cases.caseSample(unassigned.id())).id())
                .isEqualTo(unassigned.id());
        assertThat(signInAs.call("alex.reid", () -> cases.caseSample(unassigned.id())).id())
                .isEqualTo(unassigned.id());
    }

    @Test
    void providerOfAnotherPartner_readingThisPartnersCase_isNotFoundAndAudited() throws Exception {
        Fixtures.Partner other = fixtures.partner();
        long before = deniedFor(other.provider(), "READ_CASE");
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> cases.caseSample(assigned.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(deniedFor(other.provider(), "READ_CASE")).isEqualTo(before + 1);
    }
}
