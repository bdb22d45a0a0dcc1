package uk.providerportal.contractreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.providerportal.Fixtures;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.organisation.Nation;
import uk.providerportal.performance.PerformanceService;
import uk.providerportal.signin.SignInAs;

/**
 * Contract performance reviews on the database (issue 15, item 8): the management information's deadline counted back
 * in each nation's working days over Christmas and New Year, the meeting recorded with its agreed actions (published for
 * the action plan), the pack as a PDF and a workbook with every agenda item, and tenant isolation. Each test has its own
 * partners, so the months reviewed never collide.
 */
@PortalTest
@RecordApplicationEvents
class ContractReviewServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContractReviewService reviews;
    @Autowired ApplicationEvents events;
    @Autowired PerformanceService performance;

    @Test
    void managementInformationIsDue_fiveWorkingDaysBefore_countedInTheOrganisationsNation() throws Exception {
        var england = fixtures.partner(Fixtures.DEBT_ADVICE, Nation.ENGLAND_AND_WALES);
        var scotland = fixtures.partner(Fixtures.DEBT_ADVICE, Nation.SCOTLAND);
        LocalDate meeting = LocalDate.of(2028, 1, 5);

        var inEngland = asManager(() -> reviews.schedule(england.id(), YearMonth.of(2027, 12), meeting,
                "Helen Carter"));
        var inScotland = asManager(() -> reviews.schedule(scotland.id(), YearMonth.of(2027, 12), meeting,
                "Helen Carter"));

        // England: 4 January, 31, 30, 29 December (27 and 28 are Christmas's substitute days), then 24 December.
        assertThat(inEngland.informationDueOn()).isEqualTo(LocalDate.of(2027, 12, 24));
        // Scotland also keeps 3 and 4 January (New Year and its substitute): one working day earlier.
        assertThat(inScotland.informationDueOn()).isEqualTo(LocalDate.of(2027, 12, 23));
        List<Map<String, Object>> mails = jdbc.queryForList("select subject, body from notification_outbox"
                + " where organisation_id = ? and notice_kind = 'CONTRACT_REVIEW_SCHEDULED'", england.id());
        assertThat(mails).singleElement().satisfies(mail -> assertThat((String) mail.get("body"))
                .contains("5 January 2028", "due by 24 December 2027", "/performance/reviews/" + inEngland.id()));
    }

    @Test
    void aRecordedReview_keepsItsAgreedActions_publishesThemForTheActionPlan_andCannotBeMoved() throws Exception {
        var partner = fixtures.partner();
        YearMonth month = YearMonth.of(2030, 3);
        LocalDate meeting = LocalDate.of(2030, 4, 10);
        var scheduled = asManager(() -> reviews.schedule(partner.id(), month, meeting, "Helen Carter"));

        assertThatThrownBy(() -> asManager(() -> reviews.record(scheduled.id(), scheduled.version(), "Helen",
                "Notes", List.of(new AgreedAction(" ", "Gareth", meeting.plusDays(7))))))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("actions");
                    assertThat(refused.getMessage()).startsWith("Agreed action 1:");
                });
        var recorded = asManager(() -> reviews.record(scheduled.id(), scheduled.version(), "Helen Carter, the "
                + "contract lead", "KPI below target for two months.", List.of(new AgreedAction("Weekly samples on "
                + "time", "Contract lead", meeting.plusDays(28)), new AgreedAction("Refresh the action plan",
                "Contract lead", meeting.plusDays(14)))));

        assertThat(recorded.held()).isTrue();
        assertThat(recorded.actions()).extracting(AgreedAction::what).containsExactly("Weekly samples on time",
                "Refresh the action plan");
        assertThat(events.stream(ContractReviewHeld.class)).singleElement()
                .satisfies(held -> {
                    assertThat(held.organisationId()).isEqualTo(partner.id());
                    assertThat(held.actions()).hasSize(2);
                });
        var plan = asManager(() -> performance.workspace(partner.id()));
        assertThat(plan.plan().actions()).extracting(a -> a.what() + " / " + a.measure()).containsExactly(
                "Weekly samples on time / Agreed at the contract performance review of 10 April 2030",
                "Refresh the action plan / Agreed at the contract performance review of 10 April 2030");
        assertThat(plan.planHistory()).anySatisfy(entry -> assertThat(entry.note())
                .contains("2 agreed actions added"));
        assertThatThrownBy(() -> asManager(() -> reviews.record(scheduled.id(), scheduled.version(), "x", "y",
                List.of()))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> asManager(() -> reviews.schedule(partner.id(), month, meeting.plusDays(1), "x")))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> assertThat(refused.getMessage())
                        .contains("was held and recorded"));
    }

    @Test
    void thePack_coversEveryAgendaItem_asPdfAndWorkbook_forTheOrganisationAndTheQualityTeam() throws Exception {
        var partner = fixtures.partner();
        var review = asManager(() -> reviews.schedule(partner.id(), YearMonth.of(2030, 5), LocalDate.of(2030, 6, 12),
                "Helen Carter"));

        var pdf = new ByteArrayOutputStream();
        String name = signInAs.call(partner.provider(), () -> reviews.writePackPdf(review.id(), pdf));
        assertThat(name).isEqualTo("Review pack " + partner.name() + " May 2030.pdf");
        try (var document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Contract performance review: " + partner.name() + ", May 2030",
                    "Management information due by", "1. Performance: in month, rolling and cumulative",
                    "The quality KPI of May 2030 is not published yet.", "2. Action plan", "Intervention level:",
                    "3. Good news stories", "No assurance review is recorded for this contract.",
                    "Stories sent in the last 3 months", "5. Customer insight");
        }
        var excel = new ByteArrayOutputStream();
        asManager(() -> reviews.writePackWorkbook(review.id(), excel));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).hasSize(1 + AgendaItem.values().length).startsWith("Review");
            assertThat(text(workbook.getSheetAt(3))).contains("Stories sent in the last 3 months", "March 2030",
                    "April 2030", "May 2030", "Below the guide");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REVIEW_PACK_DOWNLOADED'"
                + " and entity_id = ?", Integer.class, String.valueOf(review.id()))).isEqualTo(2);
    }

    @Test
    void anotherOrganisationsProvider_cannotListOpenOrDownloadAReview_andTheRefusalIsAudited() throws Exception {
        var partner = fixtures.partner();
        var other = fixtures.partner();
        var review = asManager(() -> reviews.schedule(partner.id(), YearMonth.of(2030, 7), LocalDate.of(2030, 8, 7),
                "Helen Carter"));

        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> reviews.reviews(partner.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> reviews.review(review.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(other.provider(), () -> reviews.writePackPdf(review.id(),
                new ByteArrayOutputStream()))).isInstanceOf(ItemNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where outcome = 'DENIED'"
                + " and entity_id = ? and action in ('READ_CONTRACT_REVIEW', 'DOWNLOAD_REVIEW_PACK')", Integer.class,
                String.valueOf(review.id()))).isEqualTo(2);
        assertThat(signInAs.call(partner.provider(), () -> reviews.reviews(partner.id())))
                .extracting(ContractReviewRecord::id).containsExactly(review.id());
    }

    private static String text(Sheet sheet) {
        var text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(cell.getStringCellValue()).append(' ');
            }
        }
        return text.toString();
    }

    private <T> T asManager(Callable<T> call) throws Exception {
        return signInAs.call(QUALITY_MANAGER, call);
    }
}
