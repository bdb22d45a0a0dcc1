package uk.providerportal.story.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.MutableClock;
import uk.providerportal.base.DateFormats;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.story.StoryService;
import uk.providerportal.story.StoryStatus;
import uk.providerportal.story.StorySummary;

/**
 * Issue 14's journey in a real browser, on Clyde Works (Morag Campbell), which the demo gives no story: Morag uploads a
 * story with its signed consent form; Helen Carter returns it with a comment; Morag changes it and submits it again;
 * Helen forwards it and downloads the pack, records the national team's relevance check; Morag answers it; Helen
 * records where it was used; the tracker shows it for both. axe-core checks every page on the way. Screenshots:
 * target/screenshots/story-*.png.
 */
@BrowserTest
class StoryJourneyIT {

    Browser browser;

    @Autowired ApplicationContext context;
    @Autowired StoryService stories;
    @Autowired MutableClock clock;

    @Test
    void partnerUploadsAStory_managerReturnsIt_itIsResubmittedForwardedAndPublished_andTheTrackerShowsIt()
            throws Exception {
        SignInAs signInAs = SignInAs.from(context);
        String title = "Back to work at the harbour " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));

        browser.signInAs("morag.campbell");
        browser.open("/stories");
        browser.waitForText("Stories per month");
        browser.waitUntilSettled();
        browser.assertAccessible("the partner's stories page");
        browser.click(browser.waitFor(d -> d.findElement(By.id("upload-story"))));
        browser.waitForText("a story cannot be saved without it");
        browser.type("vaadin-text-field", "Title", title);
        browser.field("vaadin-text-area", "Short summary").findElement(By.tagName("textarea"))
                .sendKeys("D found work at the harbour after a year out.", Keys.TAB);
        browser.field("vaadin-text-area", "The story").findElement(By.tagName("textarea"))
                .sendKeys("D joined the programme after a year out of work.", Keys.TAB);
        browser.type("vaadin-text-field", "Participant's pseudonym", "Participant D");
        for (String use : List.of("Internal use", "Publicity")) {
            browser.click(browser.waitFor(d -> d.findElements(By.tagName("vaadin-checkbox")).stream()
                    .filter(box -> box.getText().strip().equals(use)).findFirst().orElse(null)));
        }
        browser.type("vaadin-date-picker", "Date the consent form was signed", DateFormats.date(today));
        // Submitting without the consent form is refused, and nothing is saved.
        browser.click(browser.waitFor(d -> d.findElement(By.id("submit-story"))));
        browser.waitForText("Upload the participant's signed consent form");
        Path consent = Files.createTempFile("consent-", ".pdf");
        Files.writeString(consent, "%PDF-1.4\n% consent " + UUID.randomUUID()
                + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        WebElement upload = browser.waitFor(d -> d.findElements(By.tagName("vaadin-upload")).stream()
                .filter(u -> "Upload the signed consent form".equals(u.getDomAttribute("aria-label"))).findFirst()
                .orElse(null));
        var inputs = upload.findElements(By.cssSelector("input[type=file]"));
        (inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.getFirst())
                .sendKeys(consent.toAbsolutePath().toString());
        browser.waitForText("Consent form ready to save: " + consent.getFileName());
        browser.waitUntilSettled();
        browser.screenshot("story-form");
        browser.assertAccessible("the story form with its consent form");
        browser.click(browser.waitFor(d -> d.findElement(By.id("submit-story"))));
        browser.waitForText("submitted with its consent form");
        Files.deleteIfExists(consent);
        browser.waitForText("Status: Submitted");
        long storyId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/stories/", ""));
        browser.waitUntilSettled();
        browser.assertAccessible("the partner's submitted story");

        browser.signInAs("helen.carter");
        browser.open("/stories");
        browser.waitForText(title);
        browser.click(browser.waitFor(d -> d.findElement(By.cssSelector("a[aria-label='Open story " + storyId
                + "']"))));
        browser.waitForText("Comments for the partner");
        browser.waitUntilSettled();
        browser.assertAccessible("the performance manager's review");
        browser.screenshot("story-review");
        browser.field("vaadin-text-area", "Comments for the partner").findElement(By.tagName("textarea"))
                .sendKeys("Please add what D said about the support, in their own words.", Keys.TAB);
        browser.click(browser.waitFor(d -> d.findElement(By.id("return-story"))));
        browser.waitForText("Story returned with your comments");

        browser.signInAs("morag.campbell");
        browser.open("/stories/" + storyId);
        browser.waitForText("Returned with comments: Please add what D said about the support");
        browser.waitUntilSettled();
        browser.assertAccessible("the returned story with its form");
        browser.screenshot("story-returned");
        browser.field("vaadin-text-area", "The story").findElement(By.tagName("textarea"))
                .sendKeys(" D says: \"I have a reason to get up in the morning.\"", Keys.TAB);
        browser.click(browser.waitFor(d -> d.findElement(By.id("submit-story"))));
        browser.waitForText("Story " + storyId + " submitted.");

        browser.signInAs("helen.carter");
        browser.open("/stories/" + storyId);
        browser.waitForText("I have a reason to get up in the morning.");
        browser.click(browser.waitFor(d -> d.findElement(By.id("forward-story"))));
        browser.waitForText("Story forwarded.");
        WebElement pack = browser.waitFor(d -> d.findElement(By.id("story-pack")));
        var response = browser.fetch(browser.url("/") + pack.getDomAttribute("href"));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("story-" + storyId + ".txt", "story-" + storyId + "-consent-"
                + consent.getFileName());
        browser.field("vaadin-text-area", "The national team's question").findElement(By.tagName("textarea"))
                .sendKeys("May we use this in the Scottish newsletter?", Keys.TAB);
        browser.click(browser.waitFor(d -> d.findElement(By.id("request-relevance"))));
        browser.waitForText("Relevance check sent to the partner.");
        browser.waitUntilSettled();
        browser.assertAccessible("the forwarded story with its pack");

        browser.signInAs("morag.campbell");
        browser.open("/stories/" + storyId);
        browser.waitForText("The national team asks: May we use this in the Scottish newsletter?");
        browser.field("vaadin-text-area", "Your answer to the relevance check").findElement(By.tagName("textarea"))
                .sendKeys("Yes, as written.", Keys.TAB);
        browser.click(browser.waitFor(d -> d.findElement(By.id("send-relevance-answer"))));
        browser.waitForText("Answer sent");

        browser.signInAs("helen.carter");
        browser.open("/stories/" + storyId);
        browser.waitForText("Record where it was used");
        browser.choose("Used for", "Publicity");
        browser.type("vaadin-text-field", "Where it was used", "Scottish programme newsletter");
        browser.click(browser.waitFor(d -> d.findElement(By.id("record-publication"))));
        browser.waitForText("Publication recorded");
        browser.waitForText("Publicity: Scottish programme newsletter, " + DateFormats.date(today));
        browser.waitUntilSettled();
        browser.assertAccessible("the published story");
        browser.screenshot("story-published");
        StorySummary seen = signInAs.call("helen.carter", () -> stories.stories(null)).stream()
                .filter(s -> s.id() == storyId).findFirst().orElseThrow();
        assertThat(seen.status()).isEqualTo(StoryStatus.PUBLISHED);

        browser.open("/stories");
        browser.waitForText("Stories per month");
        browser.waitUntilSettled();
        browser.waitForText("1 sent, 1 published");
        browser.assertAccessible("the performance manager's stories and tracker");
        browser.screenshot("story-tracker");

        browser.signInAs("morag.campbell");
        browser.open("/stories");
        browser.waitForText("Stories per month");
        // The partner's tracker has its own organisation's row only: this month's cell is the story just published.
        browser.waitForText("1 sent, 1 published");
        assertThat(browser.pageText()).contains("Clyde Works").doesNotContain("Northgate");
        assertThat(YearMonth.from(today)).isEqualTo(seen.month());
    }
}
