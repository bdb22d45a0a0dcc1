package uk.providerportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.Keyboard;
import uk.providerportal.base.DateFormats;

/**
 * A provider submits a case without a mouse: Tab and Shift+Tab to move, typing, Enter, Space and the arrow keys to
 * act, and at every stop Tab reaches, a focus indicator they can see ({@link Keyboard} explains how that is judged).
 * The file itself is handed to the upload's file input, as any automation must: the operating system's file
 * chooser is outside the page.
 */
@BrowserTest
class KeyboardJourneyIT {

    Browser browser;
    @Autowired uk.providerportal.MutableClock clock;

    @Test
    void provider_submitsATelephoneCaseWithAFile_usingOnlyTheKeyboard_andAlwaysSeesWhereFocusIs() throws Exception {
        String reference = "KEYS-" + System.currentTimeMillis();
        // The portal's "today", live again: a run that crosses midnight must not file a case on tomorrow's date.
        clock.reset();
        String today = LocalDate.now(clock.withZone(DateFormats.ZONE)).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Path record = CaseFiles.pdf("keyboard-record.pdf").file();
        Path named = Files.move(record, record.resolveSibling("keyboard-record.pdf"),
                StandardCopyOption.REPLACE_EXISTING);
        Keyboard keyboard = browser.keyboard();

        browser.open("/sign-in");
        browser.waitForText("Demo sign-in");
        keyboard.tabUntil(focus -> focus.is("button", "Sign in as Priya Shah"), 30, "Priya Shah's sign-in button");
        keyboard.press(Keys.ENTER);
        browser.waitForText("Welcome, Priya Shah");

        keyboard.tabUntil(focus -> focus.is("vaadin-side-nav-item", "Submit a case"), 20,
                "“Submit a case” in the menu");
        keyboard.press(Keys.ENTER);
        browser.waitForText("Your case reference");

        keyboard.tabUntil(focus -> focus.is("vaadin-text-field", "Your case reference"), 20, "the case reference");
        keyboard.type(reference);

        // Tab enters the channel radio group on its first choice, Telephone; Space picks it.
        keyboard.tabUntil(focus -> focus.is("vaadin-radio-button", "Telephone"), 1, "the advice channel");
        keyboard.press(Keys.SPACE);
        browser.waitFor(d -> !d.findElements(By.cssSelector("vaadin-radio-button[checked]")).isEmpty());

        keyboard.tabUntil(focus -> focus.is("vaadin-date-picker", "Date the case was completed"), 1,
                "the completion date");
        keyboard.type(today, Keys.ENTER);
        browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-date-picker[opened]")).isEmpty());

        keyboard.tabUntil(focus -> focus.is("vaadin-text-field", "Linked call durations (minutes)"), 1,
                "the linked call durations, shown for telephone cases");
        keyboard.type("45, 60");

        keyboard.tabUntil(focus -> focus.tag().equals("vaadin-button") && focus.name().startsWith("Choose"), 3,
                "the upload button");
        WebElement upload = browser.driver().findElement(By.id("case-files"));
        fileInput(upload).sendKeys(named.toString());
        browser.waitForUpload(upload, "keyboard-record.pdf");

        keyboard.tabUntil(focus -> focus.is("vaadin-button", "Submit case"), 6,
                "“Submit case”, past the file's own buttons");
        keyboard.press(Keys.ENTER);
        browser.waitForText("Case submitted");
        browser.screenshot("keyboard-journey-submitted");
        assertThat(browser.pageText()).contains("Case " + reference + " was submitted.");
    }

    private static WebElement fileInput(WebElement upload) {
        var inside = upload.findElements(By.cssSelector("input[type=file]"));
        return inside.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inside.getFirst();
    }
}
