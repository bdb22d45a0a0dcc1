package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/** A newcomer opens the running portal in a real browser and enters through the demo sign-in page. */
@BrowserTest
class DemoSignInIT {

    Browser browser;

    private String url(String path) {
        return browser.url(path);
    }

    private void signInAs(String subject) {
        browser.signInAs(subject);
    }

    @Test
    void providerUser_signsInThroughTheDemoPage_andSeesTheirOrganisation() {
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/"));
        browser.waitForText("Demo sign-in");
        browser.screenshot("sign-in-demo");

        browser.driver().findElement(By.id("sign-in-as-priya.shah")).click();
        browser.waitForText("Welcome, Priya Shah");
        browser.waitForText("Northgate Community Advice");
        browser.screenshot("home-provider-user");

        String text = browser.pageText();
        assertThat(text).contains("Provider user", "England and Wales", "Debt advice");
        assertThat(text).doesNotContain("Delivery partners", "Midlands Debt Trust");
    }

    @Test
    void signingIn_givesTheBrowserANewSessionId() {
        browser.driver().manage().deleteAllCookies();
        browser.open(url("/"));
        browser.waitForText("Demo sign-in");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.driver().findElement(By.id("sign-in-as-tom.hughes")).click();
        browser.waitForText("Welcome, Tom Hughes");
        String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void admin_managesUsers_andReadsTheAuditTrail() {
        signInAs("alex.reid");
        browser.open(url("/admin/users"));
        // Other tests add people to the shared database, so Priya need not be on the first screen of the list.
        browser.type("vaadin-text-field", "Search users", "priya.shah");
        browser.waitForText("priya.shah@northgate-advice.example");
        browser.screenshot("admin-users");

        browser.open(url("/admin/programme-rules"));
        browser.choose("Programme", "Debt advice");
        browser.waitForText("Any unmet standard on any case (trial)");
        browser.screenshot("programme-rules");

        browser.open(url("/admin/standards"));
        browser.choose("Programme", "Debt advice");
        browser.waitForText("Correct advice");
        browser.screenshot("standards");

        browser.open(url("/admin/calendar"));
        browser.waitForText("Good Friday");
        browser.screenshot("working-days");

        browser.open(url("/admin/assessment-calendar"));
        browser.waitForText("Appeals close, Scotland");
        browser.screenshot("assessment-calendar");

        browser.open(url("/audit"));
        browser.waitForText("SIGN_IN");
        browser.screenshot("audit-trail");
        assertThat(browser.pageText()).contains("Export to Excel", "alex.reid@funder.example");
    }

    @Test
    void admin_importsSlaVolumesFromExcel_seeingEveryBadRowFirst() throws Exception {
        String month = java.time.YearMonth.now().plusMonths(2).toString();
        var headings = List.<Object>of("Organisation code", "Organisation name", "Month", "Monthly volume",
                "Weekly sample");
        var bad = uk.providerportal.sla.SlaWorkbooks.poi(List.of(headings,
                List.of("NCA", "Northgate", month, 20, 6),
                List.of("NOPE", "Nobody", month, 10, 2),
                List.of("MDT", "Midlands", month, 5, 9)));
        var good = uk.providerportal.sla.SlaWorkbooks.poi(List.of(headings,
                List.of("NCA", "Northgate", month, 20, 6),
                List.of("MDT", "Midlands", month, 15, 4)));

        signInAs("alex.reid");
        browser.open(url("/admin/sla-volumes"));
        browser.waitForText("Excel round trip");

        upload(bad);
        browser.waitForText("2 problems found. Nothing has been saved.");
        assertThat(browser.pageText()).contains("Row 3: unknown organisation code 'NOPE'",
                "Row 4: the weekly sample (9) cannot be more than the monthly volume (5)");
        browser.screenshot("sla-import-problems");

        upload(good);
        browser.waitForText("All 2 filled-in rows are correct. Nothing has been saved yet.");
        browser.click(browser.driver().findElement(By.xpath("//vaadin-button[contains(., 'Save the 2 filled-in rows')]")));
        browser.waitForText("Saved 2 rows from");
        browser.screenshot("sla-volumes");
    }

    private void upload(java.nio.file.Path file) {
        var upload = browser.driver().findElement(By.tagName("vaadin-upload"));
        var inputs = browser.driver().findElements(By.cssSelector("vaadin-upload input[type=file]"));
        var input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : inputs.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void qualityManager_signsIn_seesTheFunderHome_andTheDeliveryPartners() {
        signInAs("helen.carter");
        browser.waitForText("Welcome, Helen Carter");
        browser.waitForText("Funder quality team");
        browser.screenshot("home-quality-manager");

        // the home page's own list of destinations, which may sit below the fold
        browser.click(browser.driver().findElement(By.linkText("Delivery partners")));
        browser.waitForText("Clyde Works");
        browser.screenshot("delivery-partners");
        assertThat(browser.pageText()).contains("Scotland");
        // The list is paged and other tests add partners to the shared database: find the one wanted by name.
        browser.type("vaadin-text-field", "Search delivery partners", "Northgate");
        browser.waitForText("Northgate Community Advice");
    }

    @Test
    void signOut_endsTheSession() {
        signInAs("gareth.evans");
        browser.waitForText("Midlands Debt Trust");
        browser.driver().findElement(By.id("sign-out")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/sign-in"));

        browser.open(url("/"));
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/sign-in"));
        assertThat(browser.pageText()).doesNotContain("Welcome,");
    }

    @Test
    void forgedDemoSignInWithoutTheCsrfToken_isRefused() throws Exception {
        var response = post("/sign-in/demo", "subject=alex.reid");
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/sign-in");

        var home = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/"))).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
    }

    @Test
    void passwordSignInToTheFormLoginEndpoint_isNeverAccepted() throws Exception {
        var response = post("/sign-in", "username=alex.reid&password=demo");
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/sign-in?error");
    }

    /** A client that keeps cookies, as a forging site's victim browser would, but follows no redirects. */
    private final java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();

    private java.net.http.HttpResponse<Void> post(String path, String form) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    }
}
