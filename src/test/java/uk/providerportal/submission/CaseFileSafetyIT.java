package uk.providerportal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.providerportal.submission.CaseFiles.pdf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.sla.SlaWorkbooks;
import uk.providerportal.storage.FileStore;

/**
 * Hostile and broken uploads, singly and in a manifest: each is refused with a message naming the file or row and
 * the reason, and leaves nothing behind, neither a stored file nor a row.
 */
@PortalTest
class CaseFileSafetyIT {

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired SubmissionService submissions;
    @Autowired FileStore store;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    /** The provider user of this test's own delivery partner. */
    String provider;
    long filesBefore;
    long rowsBefore;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.today("2028-07-12");
        Fixtures.Partner partner = fixtures.partner();
        fixtures.agree(partner, YearMonth.of(2028, 7), 400, 100);
        provider = partner.provider();
        filesBefore = CaseFiles.storedFiles(store);
        rowsBefore = rows();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long rows() {
        return jdbc.queryForObject("select count(*) from case_sample", Long.class)
                + jdbc.queryForObject("select count(*) from case_record_file", Long.class);
    }

    void assertNothingStored() throws Exception {
        assertThat(CaseFiles.storedFiles(store)).as("files in the store").isEqualTo(filesBefore);
        assertThat(rows()).as("case rows").isEqualTo(rowsBefore);
    }

    SubmissionResult submitWith(CaseFileUpload... files) throws Exception {
        var sample = new NewCaseSample("SAFE-" + System.nanoTime(), AdviceChannel.FACE_TO_FACE,
                LocalDate.of(2028, 7, 3), "", List.of(files));
        return signInAs.call(provider, () -> submissions.submit(sample));
    }

    String onlyProblem(SubmissionResult result) {
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().getFirst().field()).isEqualTo("files");
        return result.problems().getFirst().message();
    }

    @Test
    void renamedExecutable_isRefusedByItsContent() throws Exception {
        String message = onlyProblem(submitWith(CaseFiles.renamedExecutable("case-record.pdf")));

        assertThat(message).contains("“case-record.pdf” is not one of the file types this programme accepts")
                .contains("a program").contains("whatever its name says");
        assertNothingStored();
    }

    @Test
    void aNameCannotPassOffUnknownContent_orAPlainZip_asAnAllowedType() throws Exception {
        assertThat(onlyProblem(submitWith(CaseFiles.randomBytes("notes.pdf")))).contains("“notes.pdf” is not one of")
                .contains("whatever its name says");
        assertThat(onlyProblem(submitWith(CaseFiles.randomBytes("call.mp3")))).contains("“call.mp3” is not one of");
        assertThat(onlyProblem(submitWith(CaseFiles.plainZip("letter.docx")))).contains("“letter.docx” is not one of");
        assertNothingStored();
    }

    @Test
    void aCaseRefusedAfterItsFilesWereStored_leavesNoFileBehind() throws Exception {
        String reference = "DUP-" + System.nanoTime();
        var first = new NewCaseSample(reference, AdviceChannel.FACE_TO_FACE, LocalDate.of(2028, 7, 3), "",
                List.of(pdf("one.pdf")));
        assertThat(signInAs.call(provider, () -> submissions.submit(first)).accepted()).isTrue();
        long filesAfterFirst = CaseFiles.storedFiles(store);
        var again = new NewCaseSample(reference, AdviceChannel.FACE_TO_FACE, LocalDate.of(2028, 7, 3), "",
                List.of(pdf("two.pdf"), pdf("three.pdf")));

        SubmissionResult result = signInAs.call(provider, () -> submissions.submit(again));

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("reference"));
        assertThat(CaseFiles.storedFiles(store)).isEqualTo(filesAfterFirst);
    }

    @Test
    void aRealWordDocument_isAccepted() throws Exception {
        SubmissionResult result = submitWith(CaseFiles.docx("letter.docx"));

        assertThat(result.accepted()).as(result.problems().toString()).isTrue();
        assertThat(result.filed().files().getFirst().mediaType()).isEqualTo(CaseRecordCheck.DOCX);
    }

    @Test
    void oversizeFile_isRefusedNamingTheLimit() throws Exception {
        String message = onlyProblem(submitWith(CaseFiles.sized("huge.pdf", 26L * 1024 * 1024)));

        assertThat(message).isEqualTo("“huge.pdf” is 26 MB; a case record file may be at most 25 MB.");
        assertNothingStored();
    }

    @Test
    void emptyFile_isRefused() throws Exception {
        assertThat(onlyProblem(submitWith(CaseFiles.empty("blank.pdf")))).isEqualTo("“blank.pdf” is empty.");
        assertNothingStored();
    }

    @Test
    void namesWithPathSeparatorsOrControlCharacters_areRefused() throws Exception {
        assertThat(onlyProblem(submitWith(pdf("../../etc/passwd.pdf")))).contains("not a plain file name");
        assertThat(onlyProblem(submitWith(pdf("..\\windows\\win.ini.pdf")))).contains("not a plain file name");
        assertThat(onlyProblem(submitWith(pdf("report\u0000.exe.pdf")))).contains("invisible control characters");
        assertThat(onlyProblem(submitWith(pdf("report\u202Efdp.exe")))).contains("invisible control characters");
        assertNothingStored();
    }

    @Test
    void oneBadFileAmongGoodOnes_refusesTheWholeCase() throws Exception {
        SubmissionResult result = submitWith(pdf("good.pdf"), CaseFiles.empty("bad.pdf"), pdf("also-good.pdf"));

        assertThat(result.accepted()).isFalse();
        assertNothingStored();
    }

    @Test
    void aCaseWhoseTransactionRollsBack_leavesNoStoredFile() throws Exception {
        var sample = new NewCaseSample("ROLLBACK-" + System.nanoTime(), AdviceChannel.FACE_TO_FACE,
                LocalDate.of(2028, 7, 3), "", List.of(pdf("record.pdf")));
        signInAs.call(provider, () -> new TransactionTemplate(transactions).execute(status -> {
            SubmissionResult result = submissions.submit(sample);
            assertThat(result.accepted()).isTrue();
            status.setRollbackOnly();
            return result;
        }));

        assertNothingStored();
    }

    @Test
    void acceptedFile_isStoredUnderAGeneratedNameWithItsHash() throws Exception {
        CaseFileUpload upload = pdf("../looks-like-a-path.pdf".substring(3));
        SubmissionResult result = submitWith(upload);

        CaseFileSummary file = result.filed().files().getFirst();
        assertThat(file.fileName()).isEqualTo("looks-like-a-path.pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.sha256()).isEqualTo(org.apache.commons.codec.digest.DigestUtils.sha256Hex(
                java.nio.file.Files.readAllBytes(upload.file())));
        String key = jdbc.queryForObject("select storage_key from case_record_file where id = ?", String.class, file.id());
        assertThat(key).doesNotContain("looks-like").matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");
        assertThat(CaseFiles.storedFiles(store)).isEqualTo(filesBefore + 1);
    }

    @Test
    void zipBombManifest_isRefusedAndNothingIsStored() throws Exception {
        Path bomb = SlaWorkbooks.zipBomb();
        BulkReport report = signInAs.call(provider, () -> submissions.submitManifest(bomb, "cases.xlsx",
                List.of(pdf("record.pdf")), rows -> { }));

        assertThat(report.saved()).isFalse();
        assertThat(report.fileProblems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("expands to far more data than a manifest of case samples"));
        assertNothingStored();
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static final List<Object> HEADINGS = row("Case reference", "Advice channel", "Completed on",
            "Linked call minutes", "Case record files");

    @Test
    void manifestWithRowProblems_namesEachRow_andSavesNothing() throws Exception {
        String prefix = "BULK-" + System.nanoTime() + "-";
        Path manifest = SlaWorkbooks.poi(List.of(HEADINGS,
                row(prefix + "1", "Telephone", "2028-07-03", "60, 60", "one.pdf"),
                row(prefix + "2", "Carrier pigeon", "3 July 2028", "", "two.pdf"),
                row(prefix + "3", "Face to face", "2028-05-31", "", "three.pdf"),
                row(prefix + "1", "Web chat", "2028-07-03", "", "missing.pdf"),
                row(prefix + "5", "Telephone", "03/07/2028", "100, 81", "one.pdf")));
        List<CaseFileUpload> files = List.of(pdf("one.pdf"), pdf("two.pdf"), pdf("three.pdf"), pdf("spare.pdf"));

        BulkReport report = signInAs.call(provider, () -> submissions.submitManifest(manifest, "cases.xlsx", files,
                rows -> { }));

        assertThat(report.saved()).isFalse();
        assertThat(report.lines()).extracting(BulkReport.Line::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(report.lines().get(0).problems()).isEmpty();
        assertThat(report.lines().get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("“Carrier pigeon” is not an advice channel");
        });
        assertThat(report.lines().get(2).problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("completed between 1 June 2028 and today"));
        assertThat(report.lines().get(3).problems()).extracting(Problem::message).anySatisfy(m ->
                assertThat(m).contains("also on row 2")).anySatisfy(m ->
                assertThat(m).contains("“missing.pdf” is named here but was not uploaded"));
        assertThat(report.lines().get(4).problems()).extracting(Problem::message).anySatisfy(m ->
                assertThat(m).contains("181 minutes")).anySatisfy(m -> assertThat(m).contains("already named on row 2"));
        assertThat(report.fileProblems()).extracting(Problem::message)
                .containsExactly("“spare.pdf” was uploaded but no row of the manifest names it.");
        assertNothingStored();
    }

    @Test
    void goodManifest_isCheckedThenSavedWhole() throws Exception {
        String prefix = "BULK-" + System.nanoTime() + "-";
        Path manifest = SlaWorkbooks.poi(List.of(HEADINGS,
                row(prefix + "1", "Telephone", "2028-07-03", "60, 60", "one.pdf; notes.pdf"),
                row(prefix + "2", "face to face", "3 July 2028", "", "two.pdf")));
        List<CaseFileUpload> files = List.of(pdf("one.pdf"), pdf("notes.pdf"), pdf("two.pdf"));
        List<Integer> progress = new ArrayList<>();

        BulkReport check = signInAs.call(provider, () -> submissions.checkManifest(manifest, files, progress::add));
        assertThat(check.ok()).as(check.toString()).isTrue();
        assertThat(check.lines()).allMatch(line -> YearMonth.of(2028, 7).equals(line.folder()));
        assertThat(progress).containsExactly(1, 2);
        assertNothingStored();

        BulkReport saved = signInAs.call(provider, () -> submissions.submitManifest(manifest, "cases.xlsx", files,
                rows -> { }));
        assertThat(saved.saved()).isTrue();
        assertThat(CaseFiles.storedFiles(store)).isEqualTo(filesBefore + 3);
        assertThat(jdbc.queryForObject("select count(*) from case_sample where reference like ?", Long.class,
                prefix + "%")).isEqualTo(2);
    }
}
