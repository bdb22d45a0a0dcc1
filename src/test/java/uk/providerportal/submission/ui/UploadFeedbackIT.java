package uk.providerportal.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/** Upload feedback in a real browser: limits named up front, a too-big file named with the limit, never a tick. */
@BrowserTest
class UploadFeedbackIT {

    Browser browser;

    static Path fileOf(String name, long bytes) throws IOException {
        Path file = Files.createTempDirectory("upload-feedback-").resolve(name);
        try (var out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }

    private void upload(WebElement upload, Path file) {
        var inputs = upload.findElements(By.cssSelector("input[type=file]"));
        var input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inputs.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private long filesListed(WebElement upload) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                const inside = root => [...root.querySelectorAll('*')].flatMap(element =>
                        element.shadowRoot ? [element, ...inside(element.shadowRoot)] : [element]);
                return inside(arguments[0]).filter(element => element.localName === 'vaadin-upload-file'
                        && element.hasAttribute('complete') && !element.hasAttribute('error')).length;
                """, upload)).longValue();
    }

    @Test
    void bulkSubmission_namesItsLimits_andRefusesTooBigFilesByNameWithTheLimit_withoutATick() throws Exception {
        browser.signInAs("priya.shah");
        browser.open(browser.url("/cases/bulk"));
        browser.waitForText("One Excel (.xlsx) file, up to 5 MB. It lists at most 500 cases.");
        assertThat(browser.pageText()).containsPattern("Up to 2,000 files \\(.+\\), each up to \\d+ MB\\.")
                .doesNotContain("Upload Files...", "File is Too Big.");
        browser.screenshot("bulk-upload-limits");

        WebElement files = browser.driver().findElement(By.id("manifest-files"));
        upload(files, fileOf("case-26mb.pdf", 26L * 1024 * 1024));
        browser.waitForText("“case-26mb.pdf” is larger than 25 MB, the most a case record file may be.");
        assertThat(filesListed(files)).isZero();

        // A browser that skips its own check (an old one, or a script) meets the server's limit: refused, no tick.
        WebElement manifest = browser.driver().findElement(By.id("manifest"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].maxFileSize = 1e9;", manifest);
        upload(manifest, fileOf("big-manifest.xlsx", 6L * 1024 * 1024));
        browser.waitForText("“big-manifest.xlsx”: The file is larger than 5 MB, the most this upload accepts.");
        browser.waitUntilSettled();
        assertThat(filesListed(manifest)).isZero();
        browser.screenshot("bulk-upload-too-big");
    }
}
