package uk.providerportal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.cases.CaseFixtures;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.triage.TriageService;

/**
 * The month's commentary workbook (issue 11, item 8), opened with POI: only the organisation's released cases, the
 * moderated outcome where moderation changed one, never the internal reason, formula-like text kept as text, and
 * nobody else's organisation.
 */
@PortalTest
class CommentaryExportIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final AtomicInteger NEXT = new AtomicInteger();
    static final String HOSTILE_COMMENTARY = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    static final String HOSTILE_NOTE = "+SUM(1,1) was the advice on the arrears";
    static final String MODERATED_NOTE = "-Nothing in the record says why the plan was chosen.";
    static final String INTERNAL = "INTERNAL: the assessor read the letter, not the call";

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired AssessmentService assessments;
    @Autowired ModerationService moderation;
    @Autowired TriageService triage;
    @Autowired OrganisationService organisations;
    @Autowired StandardsService standards;
    @Autowired PolicyService policies;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    YearMonth month;
    String programme;
    Fixtures.Partner partner;
    String assessor;

    @BeforeEach
    void aProgrammeWithFourStandards_everyCasePickedForModeration() throws Exception {
        int n = NEXT.incrementAndGet();
        month = YearMonth.of(2051, 1).plusMonths(n);
        fixtures.today(month.atDay(2).toString());
        programme = "EXPORT" + n;
        FourStandards.programme(signInAs, organisations, standards, policies, programme, "Export test " + n, month);
        partner = fixtures.partner(programme, Nation.ENGLAND_AND_WALES);
        assessor = fixtures.assessor();
        signInAs.call(QUALITY_MANAGER, () -> moderation.setRate(month, 100));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theWorkbook_holdsOnlyReleasedCases_withTheModeratedOutcome_andNothingInternal() throws Exception {
        // Released after moderation changed 2a to not met: 1a, 2b met; 1b and 2a not met: 50.0%, a fail.
        Scorecard changed = submitted(partner, HOSTILE_COMMENTARY, Outcome.MET, Outcome.NOT_MET, Outcome.MET,
                Outcome.MET);
        long standard2a = changed.lines().get(2).standardVersionId();
        signInAs.call(QUALITY_MANAGER, () -> moderation.complete(changed.caseId(), List.of(new ModerationChange(
                standard2a, Outcome.NOT_MET, null, MODERATED_NOTE, INTERNAL))));
        // Released, every standard not applicable: no score.
        Scorecard noScore = submitted(partner, "Nothing to test on this case.", Outcome.NOT_APPLICABLE,
                Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE, Outcome.NOT_APPLICABLE);
        signInAs.call(QUALITY_MANAGER, () -> moderation.complete(noScore.caseId(), List.of()));
        // Not for the provider: one waiting for moderation, a draft, and another organisation's released case.
        Scorecard waiting = submitted(partner, "Waiting for moderation", Outcome.MET, Outcome.MET, Outcome.MET,
                Outcome.MET);
        long draft = assignedCase(partner);
        signInAs.call(assessor, () -> assessments.start(draft));
        Fixtures.Partner other = fixtures.partner(programme, Nation.ENGLAND_AND_WALES);
        Scorecard othersCase = submitted(other, "Another organisation's case", Outcome.MET, Outcome.MET,
                Outcome.MET, Outcome.MET);
        signInAs.call(QUALITY_MANAGER, () -> moderation.complete(othersCase.caseId(), List.of()));

        var out = new ByteArrayOutputStream();
        int written = signInAs.call(partner.provider(), () -> moderation.exportCommentary(partner.id(), month, out));
        String fileName = signInAs.call(partner.provider(), () -> moderation.commentaryFileName(partner.id(), month));

        assertThat(written).isEqualTo(2);
        assertThat(fileName).isEqualTo("Commentary " + partner.code() + " " + DateFormats.month(month) + ".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet cases = workbook.getSheet("Cases");
            assertThat(text(cases.getRow(0).getCell(0))).contains(partner.name(), partner.code(),
                    DateFormats.month(month));
            assertThat(text(cases.getRow(1).getCell(0))).startsWith("As at " + DateFormats.date(month.atDay(2)))
                    .contains("still open until " + DateFormats.date(month.atEndOfMonth()));
            assertThat(texts(cases.getRow(2))).containsExactly("Case reference", "Assessment month", "Score",
                    "Result", "Released", "Overall commentary");
            assertThat(cases.getLastRowNum()).isEqualTo(4);

            Row first = cases.getRow(3);
            assertThat(text(first.getCell(0))).isEqualTo(changed.reference());
            assertThat(text(first.getCell(1))).isEqualTo(DateFormats.month(month));
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(0.5);
            assertThat(new DataFormatter(DateFormats.LOCALE).formatCellValue(first.getCell(2))).isEqualTo("50.0%");
            assertThat(text(first.getCell(3))).isEqualTo("Fail");
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(month.atDay(2));
            assertThat(new DataFormatter(DateFormats.LOCALE).formatCellValue(first.getCell(4)))
                    .isEqualTo(DateFormats.date(month.atDay(2)));
            assertTextNotFormula(first.getCell(5), HOSTILE_COMMENTARY);

            Row second = cases.getRow(4);
            assertThat(text(second.getCell(0))).isEqualTo(noScore.reference());
            assertThat(text(second.getCell(2))).isEqualTo("No score");
            assertThat(text(second.getCell(3))).isEqualTo("No score");

            Sheet unmet = workbook.getSheet("Unmet standards");
            assertThat(texts(unmet.getRow(2))).containsExactly("Case reference", "Standard", "Standard wording",
                    "What the standard asks", "Customer impact", "Note");
            assertThat(unmet.getLastRowNum()).isEqualTo(4);
            assertThat(texts(unmet.getRow(3))).containsExactly(changed.reference(), "1b", "Correct advice",
                    "No incorrect advice.", "Potential detriment", HOSTILE_NOTE);
            assertThat(texts(unmet.getRow(4))).containsExactly(changed.reference(), "2a", "Complete record",
                    "Shows what and why.", "No customer impact recorded", MODERATED_NOTE);
            assertTextNotFormula(unmet.getRow(3).getCell(5), HOSTILE_NOTE);
            assertTextNotFormula(unmet.getRow(4).getCell(5), MODERATED_NOTE);

            String everything = allText(workbook);
            assertThat(everything).doesNotContain("INTERNAL", waiting.reference(), othersCase.reference(),
                    "Waiting for moderation", "Another organisation's case", "Helen Carter");
            assertThat(everything).doesNotContain(jdbc.queryForObject("select reference from case_sample where id = ?",
                    String.class, draft));
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
        assertThat(jdbc.queryForObject("select summary from audit_event where action = 'COMMENTARY_EXPORTED' and"
                + " entity_id = ? order by id desc limit 1", String.class, String.valueOf(partner.id())))
                .contains(partner.name(), DateFormats.month(month), "2 released cases, 2 unmet standards");
    }

    @Test
    void anotherOrganisationsProvider_isRefusedAndAudited_theQualityManagerMayExportAny_anAssessorNot()
            throws Exception {
        Scorecard released = submitted(partner, "Sound advice.", Outcome.MET, Outcome.MET, Outcome.MET, Outcome.MET);
        signInAs.call(QUALITY_MANAGER, () -> moderation.complete(released.caseId(), List.of()));
        Fixtures.Partner other = fixtures.partner();
        long refusalsBefore = refusals();

        var stolen = new ByteArrayOutputStream();
        assertThatThrownBy(() -> signInAs.call(other.provider(),
                () -> moderation.exportCommentary(partner.id(), month, stolen)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(other.provider(),
                () -> moderation.commentaryFileName(partner.id(), month)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThat(stolen.size()).as("not a byte written").isZero();
        assertThat(refusals()).isEqualTo(refusalsBefore + 2);
        assertThatThrownBy(() -> signInAs.call(assessor,
                () -> moderation.exportCommentary(partner.id(), month, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);

        var out = new ByteArrayOutputStream();
        assertThat(signInAs.call(QUALITY_MANAGER, () -> moderation.exportCommentary(partner.id(), month, out)))
                .isOne();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(text(workbook.getSheet("Cases").getRow(3).getCell(0))).isEqualTo(released.reference());
            assertThat(text(workbook.getSheet("Unmet standards").getRow(3).getCell(0)))
                    .isEqualTo("Every standard that applied was met in every released case.");
        }
    }

    @Test
    void afterTheMonthEnds_theWorkbookNoLongerSaysItIsOpen_andAnEmptyMonthSaysSo() throws Exception {
        fixtures.today(month.plusMonths(1).atDay(3).toString());
        var out = new ByteArrayOutputStream();
        assertThat(signInAs.call(partner.provider(), () -> moderation.exportCommentary(partner.id(), month, out)))
                .isZero();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet cases = workbook.getSheet("Cases");
            assertThat(text(cases.getRow(1).getCell(0))).doesNotContain("still open");
            assertThat(text(cases.getRow(3).getCell(0))).isEqualTo("No cases of " + DateFormats.month(month)
                    + " have been released yet.");
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    long assignedCase(Fixtures.Partner owner) throws Exception {
        long id = CaseFixtures.insertCase(jdbc, owner.id(), "EXP-" + NEXT.incrementAndGet(), month);
        var result = signInAs.call(QUALITY_MANAGER, () -> triage.assign(List.of(id), fixtures.userId(assessor)));
        assertThat(result.done()).as(result.message()).isTrue();
        return id;
    }

    /** A case of the partner, scored with these outcomes (1a, 1b, 2a, 2b) and submitted: it waits for moderation. */
    Scorecard submitted(Fixtures.Partner owner, String commentary, Outcome... outcomes) throws Exception {
        long id = assignedCase(owner);
        Scorecard card = signInAs.call(assessor, () -> assessments.start(id));
        List<ScorecardAnswer> answers = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            boolean unmet = outcomes[i] == Outcome.NOT_MET;
            answers.add(new ScorecardAnswer(card.lines().get(i).standardVersionId(), outcomes[i],
                    unmet ? CustomerImpact.POTENTIAL_DETRIMENT : null, unmet ? HOSTILE_NOTE : null));
        }
        return signInAs.call(assessor, () -> assessments.submit(id, new ScorecardDraft(card.version(), commentary,
                answers)));
    }

    long refusals() {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and outcome = 'DENIED'",
                Long.class, ModerationService.EXPORT_COMMENTARY);
    }

    static void assertTextNotFormula(Cell cell, String expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("kept text even when edited in Excel").isTrue();
    }

    static String text(Cell cell) {
        return cell.getStringCellValue();
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    static String allText(XSSFWorkbook workbook) {
        var all = new StringBuilder();
        var formatter = new DataFormatter(DateFormats.LOCALE);
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                row.forEach(cell -> all.append(formatter.formatCellValue(cell)).append('\n'));
            }
        }
        return all.toString();
    }
}
