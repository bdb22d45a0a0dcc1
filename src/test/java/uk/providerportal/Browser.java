package uk.providerportal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One test class's view of the run's headless Chromium (see {@link BrowserExtension}): opens the portal by path,
 * waits on real conditions, never on the clock, and checks pages with axe-core ({@link #assertAccessible}).
 */
public final class Browser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final String baseUrl;

    Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /**
     * Leaves whatever an earlier test class had open and its cookies, for every site: they are all on localhost,
     * and cookies do not tell ports apart. (Clearing them through the DevTools protocol instead upset the next
     * OIDC sign-in's redirects.)
     */
    void startAfresh() {
        open("/actuator/health");
        driver.manage().deleteAllCookies();
    }

    public WebDriver driver() {
        return driver;
    }

    /** The portal's address for a path such as {@code /cases}; {@code ""} is the portal's root. */
    public String url(String path) {
        return baseUrl + path;
    }

    /** Opens a path of the portal ({@code /cases}) or, given a whole address, that address. */
    public void open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("/") || pathOrUrl.isEmpty() ? url(pathOrUrl) : pathOrUrl);
    }

    /**
     * Follows a link to a path of the portal from the page open now, handled inside the running page as the
     * portal's own links are.
     */
    public void followLink(String path) {
        driver.executeScript("""
                const link = document.createElement('a');
                link.href = arguments[0];
                document.body.appendChild(link);
                link.click();
                link.remove();
                """, url(path));
    }

    /** Waits until the condition holds; an element the page redrew meanwhile counts as "not yet". */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until an element with this visible text (or containing it) is on the page. */
    public WebElement waitForText(String text) {
        return waitFor(d -> d.findElements(By.xpath("//*[contains(normalize-space(.), " + xpathLiteral(text)
                + ")]")).stream().filter(WebElement::isDisplayed).reduce((first, second) -> second).orElse(null));
    }

    /** Waits until the portal has answered everything the page asked of it (Vaadin's client is idle). */
    public void waitUntilIdle() {
        waitFor(d -> Boolean.TRUE.equals(driver.executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    /** Waits until the portal has answered, grids have their rows and no overlay is still opening or closing. */
    public void waitUntilSettled() {
        waitUntilIdle();
        waitFor(d -> Boolean.TRUE.equals(driver.executeScript("""
                const inside = root => [...root.querySelectorAll('*')].flatMap(element =>
                        element.shadowRoot ? [element, ...inside(element.shadowRoot)] : [element]);
                return !inside(document).some(element => element.hasAttribute('opening')
                        || element.hasAttribute('closing')
                        || (element.localName === 'vaadin-grid' && element.hasAttribute('loading')));
                """)));
    }

    /** The visible text of the page, read again while a navigation is replacing the page. */
    public String pageText() {
        return new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    /** Scrolls an element to the middle of the window and clicks it there, as a person would. */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waitFor(d -> element.isDisplayed() && element.isEnabled());
        element.click();
    }

    /** Starts afresh (no cookies) and signs in through the demo page as that demo person. */
    public void signInAs(String subject) {
        driver.manage().deleteAllCookies();
        open("/");
        waitFor(d -> d.getCurrentUrl().endsWith("/sign-in"));
        waitFor(d -> d.findElement(By.id("sign-in-as-" + subject))).click();
        waitForText("Welcome,");
    }

    /** The Vaadin field (e.g. {@code vaadin-select}) with this visible label. */
    public WebElement field(String tag, String label) {
        return waitFor(d -> d.findElements(By.tagName(tag)).stream()
                .filter(e -> label.equals(e.getDomAttribute("label")) || label.equals(e.getDomProperty("label")))
                .findFirst().orElse(null));
    }

    /** Opens the labelled {@code vaadin-select} or {@code vaadin-combo-box} and picks the option with this text. */
    public void choose(String label, String option) {
        boolean comboBox = driver.findElements(By.tagName("vaadin-combo-box")).stream()
                .anyMatch(e -> label.equals(e.getDomProperty("label")));
        if (comboBox) {
            WebElement input = field("vaadin-combo-box", label).findElement(By.cssSelector("input"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), option);
            click(waitFor(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .filter(item -> item.isDisplayed() && item.getText().strip().equals(option)).findFirst()
                    .orElse(null)));
            waitFor(d -> d.findElements(By.cssSelector("vaadin-combo-box[opened]")).isEmpty());
            return;
        }
        click(field("vaadin-select", label));
        click(waitFor(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().equals(option)).findFirst().orElse(null)));
        waitFor(d -> d.findElements(By.cssSelector("vaadin-select[opened]")).isEmpty());
    }

    /** Picks the radio button with this text in the labelled {@code vaadin-radio-group}. */
    public void pick(String label, String option) {
        WebElement group = field("vaadin-radio-group", label);
        click(waitFor(d -> group.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().strip().equals(option)).findFirst().orElse(null)));
        waitFor(d -> group.findElements(By.cssSelector("vaadin-radio-button[checked]")).stream()
                .anyMatch(radio -> radio.getText().strip().equals(option)));
    }

    /** Types into a labelled text field or date picker (a date picker commits with Enter). */
    public void type(String tag, String label, String text) {
        waitFor(d -> d.findElements(By.cssSelector("vaadin-select[opened]")).isEmpty());
        WebElement input = field(tag, label).findElement(By.cssSelector("input"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
        boolean datePicker = tag.equals("vaadin-date-picker");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, datePicker ? Keys.ENTER : Keys.TAB);
        if (datePicker) {
            waitFor(d -> d.findElements(By.cssSelector("vaadin-date-picker[opened]")).isEmpty());
        }
    }

    /** The keyboard, for journeys made without the mouse; it checks focus is visible at every Tab stop. */
    public Keyboard keyboard() {
        return new Keyboard(this, driver);
    }

    /** Waits until this {@code vaadin-upload} has finished sending the named file to the portal. */
    public void waitForUpload(WebElement upload, String fileName) {
        waitFor(d -> Boolean.TRUE.equals(driver.executeScript("""
                const inside = root => [...root.querySelectorAll('*')].flatMap(element =>
                        element.shadowRoot ? [element, ...inside(element.shadowRoot)] : [element]);
                return inside(arguments[0]).some(element => element.localName === 'vaadin-upload-file'
                        && element.fileName === arguments[1] && element.hasAttribute('complete'));
                """, upload, fileName)));
    }

    /**
     * Runs axe-core over the whole page as it is now (an open dialog included) with the WCAG 2.2 A and AA rules,
     * and fails naming every violation, its rule, impact, help and the elements it was found on.
     */
    public void assertAccessible(String what) {
        Accessibility.assertNoViolations(driver, what);
    }

    /**
     * Fetches an address of the portal (a download link's, say) outside the browser with the browser's cookies, so
     * as the person signed in there: Chromium's own downloads cannot be read back by a headless test.
     */
    public HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** Saves a full-window screenshot under target/screenshots, for people to look at. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
