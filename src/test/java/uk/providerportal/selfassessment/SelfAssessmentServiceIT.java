package uk.providerportal.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.triage.TriageService;

/**
 * A provider's self-assessment on the database: saved part-way then completed, kept to the provider's own
 * organisation whatever id is asked for, fixed once the outcome is released, following the assessor's standards once
 * the assessment starts, and read by standard code by the quality team.
 */
@PortalTest
class SelfAssessmentServiceIT {

    static final String QUALITY_MANAGER = SelfAssessmentWorld.QUALITY_MANAGER;

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired SelfAssessmentService selfAssessments;
    @Autowired AssessmentService assessments;
    @Autowired ModerationService moderation;
    @Autowired TriageService triage;

    SelfAssessmentWorld world;
    String provider;

    @BeforeEach
    void aWorldOfItsOwn() throws Exception {
        world = new SelfAssessmentWorld(2043, fixtures, signInAs, jdbc, organisations, standards);
        provider = world.partner.provider();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static SelfAssessmentDraft draft(long version, Object... codesAndOutcomes) {
        List<SelfAssessmentAnswer> answers = new ArrayList<>();
        for (int i = 0; i < codesAndOutcomes.length; i += 2) {
            answers.add(new SelfAssessmentAnswer((String) codesAndOutcomes[i], (Outcome) codesAndOutcomes[i + 1]));
        }
        return new SelfAssessmentDraft(version, answers);
    }

    long audited(String action, long caseId) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and entity_id = ?", Long.class,
                action, String.valueOf(caseId));
    }

    long denied(long caseId) {
        return jdbc.queryForObject("select count(*) from audit_event where outcome = 'DENIED' and entity_id = ?",
                Long.class, String.valueOf(caseId));
    }

    @Test
    void savedPartWay_thenCompleted_withProgressInTheListAndTheQualityTeamReadingItByCode() throws Exception {
        long id = world.caseOf(world.partner, world.reference("SELF"), world.month);

        SelfAssessmentForm empty = signInAs.call(provider, () -> selfAssessments.selfAssessment(id));
        assertThat(empty.lines()).extracting(SelfAssessmentLine::code).containsExactly("1a", "1b", "2a", "2b");
        assertThat(empty.standardsOn()).isEqualTo(world.month.atDay(2));
        assertThat(empty.fromScorecard()).isFalse();
        assertThat(empty.progress()).isEqualTo("Not started");
        assertThat(empty.version()).isEqualTo(-1);

        SelfAssessmentForm partway = signInAs.call(provider, () -> selfAssessments.save(id, draft(-1,
                "1a", Outcome.MET, "2a", Outcome.NOT_APPLICABLE)));
        assertThat(partway.progress()).isEqualTo("2 of 4 answered");
        assertThat(partway.complete()).isFalse();
        assertThat(signInAs.call(provider, () -> selfAssessments.cases(world.month, PageRequest.of(0, 10))))
                .singleElement().satisfies(row -> {
                    assertThat(row.caseId()).isEqualTo(id);
                    assertThat(row.progress()).isEqualTo("2 of 4 answered");
                    assertThat(row.locked()).isFalse();
                });

        SelfAssessmentForm done = signInAs.call(provider, () -> selfAssessments.save(id, draft(partway.version(),
                "1b", Outcome.NOT_MET, "2b", Outcome.MET)));
        assertThat(done.complete()).isTrue();
        assertThat(done.progress()).isEqualTo("Complete");
        assertThat(done.lines()).extracting(SelfAssessmentLine::outcome)
                .containsExactly(Outcome.MET, Outcome.NOT_MET, Outcome.NOT_APPLICABLE, Outcome.MET);
        assertThat(signInAs.call(provider, () -> selfAssessments.cases(world.month, PageRequest.of(0, 10))))
                .singleElement().extracting(SelfAssessmentCase::progress).isEqualTo("Complete");
        assertThat(audited("SELF_ASSESSMENT_RECORDED", id)).isEqualTo(2);

        // Each answer keeps its standard's code and the exact version answered.
        assertThat(jdbc.queryForList("select o.standard_code, o.standard_version_id from self_assessment_outcome o"
                + " join self_assessment s on s.id = o.self_assessment_id where s.case_sample_id = ?"
                + " order by o.standard_code", id)).extracting(row -> row.get("standard_code") + " "
                + row.get("standard_version_id")).containsExactlyElementsOf(done.lines().stream()
                .map(line -> line.code() + " " + line.standardVersionId()).toList());

        SelfAssessmentOutcomes read = signInAs.call(QUALITY_MANAGER, () -> selfAssessments.outcomes(id));
        assertThat(read.byStandardCode()).containsExactly(Map.entry("1a", Outcome.MET),
                Map.entry("1b", Outcome.NOT_MET), Map.entry("2a", Outcome.NOT_APPLICABLE), Map.entry("2b", Outcome.MET));
        assertThat(read.complete()).isTrue();
        assertThat(read.savedBy()).isNotBlank();
    }

    @Test
    void aSaveOverANewerOne_isRefused_andChangesNothing() throws Exception {
        long id = world.caseOf(world.partner, world.reference("SELF"), world.month);
        signInAs.call(provider, () -> selfAssessments.save(id, draft(-1, "1a", Outcome.MET)));

        assertThatThrownBy(() -> signInAs.call(provider, () -> selfAssessments.save(id, draft(-1,
                "1a", Outcome.NOT_MET)))).isInstanceOf(ChangeRefused.class).hasMessageContaining("after you opened it");
        assertThat(signInAs.call(provider, () -> selfAssessments.selfAssessment(id)).lines().getFirst().outcome())
                .isEqualTo(Outcome.MET);
    }

    @Test
    void anotherOrganisationsCase_byItsId_isNotFound_andEveryRefusalAudited() throws Exception {
        long theirs = world.caseOf(world.other, world.reference("THEIRS"), world.month);
        long mine = world.caseOf(world.partner, world.reference("MINE"), world.month);
        long before = denied(theirs);

        assertThatThrownBy(() -> signInAs.call(provider, () -> selfAssessments.selfAssessment(theirs)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(provider, () -> selfAssessments.save(theirs, draft(-1,
                "1a", Outcome.MET)))).isInstanceOf(ItemNotFoundException.class);
        assertThat(denied(theirs)).isEqualTo(before + 2);
        assertThat(signInAs.call(provider, () -> selfAssessments.cases(world.month, PageRequest.of(0, 10))))
                .extracting(SelfAssessmentCase::caseId).containsExactly(mine);
        assertThat(jdbc.queryForObject("select count(*) from self_assessment where case_sample_id = ?", Long.class,
                theirs)).isZero();

        // The quality team's read: never a provider, and an assessor only for the cases assigned to them.
        assertThatThrownBy(() -> signInAs.call(provider, () -> selfAssessments.outcomes(mine)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signInAs.call(world.assessor, () -> selfAssessments.outcomes(mine)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(denied(mine)).isPositive();
    }

    @Test
    void onceTheOutcomeIsReleased_theSelfAssessmentIsFixed_andLeftOutOfTheTemplate() throws Exception {
        String reference = world.reference("SELF");
        long id = world.caseOf(world.partner, reference, world.month);
        signInAs.call(provider, () -> selfAssessments.save(id, draft(-1, "1a", Outcome.NOT_MET)));
        world.release(id, assessments, triage, moderation);

        SelfAssessmentForm form = signInAs.call(provider, () -> selfAssessments.selfAssessment(id));
        assertThat(form.editable()).isFalse();
        assertThatThrownBy(() -> signInAs.call(provider, () -> selfAssessments.save(id, draft(form.version(),
                "1a", Outcome.MET, "1b", Outcome.MET)))).isInstanceOf(ChangeRefused.class)
                .hasMessage("The assessment outcome of case " + reference + " has been released to you, so its "
                        + "self-assessment can no longer be changed.");
        assertThat(audited("SELF_ASSESSMENT_REFUSED", id)).isOne();
        assertThat(signInAs.call(provider, () -> selfAssessments.selfAssessment(id)).lines())
                .extracting(SelfAssessmentLine::outcome).containsExactly(Outcome.NOT_MET, null, null, null);

        // The case's assessor reads what the provider recorded before release.
        SelfAssessmentOutcomes read = signInAs.call(world.assessor, () -> selfAssessments.outcomes(id));
        assertThat(read.byStandardCode()).containsExactly(Map.entry("1a", Outcome.NOT_MET));
        assertThat(read.complete()).isFalse();

        var template = new ByteArrayOutputStream();
        signInAs.call(provider, () -> {
            selfAssessments.writeTemplate(world.month, template);
            return null;
        });
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("only the headings").isZero();
        }
    }

    @Test
    void onceTheAssessmentStarts_theStandardsAreTheScorecards_andAnswersFollowTheirCodes() throws Exception {
        long id = world.caseOf(world.partner, world.reference("SELF"), world.month);
        signInAs.call(provider, () -> selfAssessments.save(id, draft(-1, "1a", Outcome.MET, "2b", Outcome.MET)));
        LocalDate changed = world.month.atDay(10);
        signInAs.call(SelfAssessmentWorld.ADMIN, () -> {
            standards.retire(world.programmeId, "2b", changed, null);
            return standards.save(world.programmeId, new Standard("3a", changed, "Follow-up", "Next steps agreed.",
                    "Outcomes", false, false, ""), null);
        });
        assertThat(signInAs.call(provider, () -> selfAssessments.selfAssessment(id)).lines())
                .as("before the assessment starts: the filing date's standards")
                .extracting(SelfAssessmentLine::code).containsExactly("1a", "1b", "2a", "2b");

        fixtures.today(world.month.atDay(12).toString());
        world.start(id, assessments, triage);

        SelfAssessmentForm form = signInAs.call(provider, () -> selfAssessments.selfAssessment(id));
        assertThat(form.fromScorecard()).isTrue();
        assertThat(form.standardsOn()).isEqualTo(world.month.atDay(12));
        assertThat(form.lines()).extracting(SelfAssessmentLine::code).containsExactly("1a", "1b", "2a", "3a");
        assertThat(form.progress()).isEqualTo("1 of 4 answered");
        assertThat(signInAs.call(QUALITY_MANAGER, () -> selfAssessments.outcomes(id)).byStandardCode())
                .containsExactly(Map.entry("1a", Outcome.MET));
    }
}
