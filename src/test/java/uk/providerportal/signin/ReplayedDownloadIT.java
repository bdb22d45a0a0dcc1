package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * A download link belongs to the session and page that showed it. Replayed by another organisation's user it is
 * refused, and the refusal is in the audit trail with who asked (issue 10, item 8).
 */
@BrowserTest
class ReplayedDownloadIT {

    Browser browser;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherOrganisationsUser_replayingACaseFileLink_isRefusedAndAudited() throws Exception {
        browser.signInAs("priya.shah");
        browser.open("/cases");
        WebElement link = browser.waitFor(d -> d.findElements(By.cssSelector("a[href*='VAADIN/dynamic/resource']"))
                .stream().findFirst().orElse(null));
        String href = link.getDomProperty("href");

        HttpResponse<byte[]> own = browser.fetch(href);
        assertThat(own.statusCode()).as("the link works in the session that was shown it").isEqualTo(200);
        assertThat(new String(own.body(), 0, 4)).isEqualTo("%PDF");

        browser.signInAs("gareth.evans");
        long before = refusals("gareth.evans");
        HttpResponse<byte[]> replayed = browser.fetch(href);
        assertThat(replayed.statusCode()).as("refused, not served").isIn(403, 404);
        assertThat(new String(replayed.body())).doesNotContain("%PDF");
        assertThat(refusals("gareth.evans")).isEqualTo(before + 1);
        String summary = jdbc.queryForObject("select summary from audit_event where action = 'DOWNLOAD_LINK_REFUSED'"
                + " order by id desc limit 1", String.class);
        assertThat(summary).contains("not issued to this session");
        String entity = jdbc.queryForObject("select entity_id from audit_event where action = "
                + "'DOWNLOAD_LINK_REFUSED' order by id desc limit 1", String.class);
        String key = href.split("/VAADIN/dynamic/resource/")[1].split("/")[1];
        assertThat(entity).as("the link's security key is not written to the audit trail")
                .startsWith("/VAADIN/dynamic/resource/").doesNotContain(key);
    }

    @Test
    void aLinkChangedToAnotherOrganisationsCase_isRefusedInTheSessionItWasIssuedTo() throws Exception {
        Long[] other = jdbc.queryForObject("select f.case_sample_id, f.id from case_record_file f join case_sample c on"
                + " c.id = f.case_sample_id join organisation o on o.id = c.organisation_id where o.code <> 'NCA'"
                + " order by f.id limit 1", (row, i) -> new Long[] {row.getLong(1), row.getLong(2)});
        browser.signInAs("priya.shah");
        browser.open("/cases");
        WebElement link = browser.waitFor(d -> d.findElements(By.cssSelector("a[href*='VAADIN/dynamic/resource']"))
                .stream().findFirst().orElse(null));
        String href = link.getDomProperty("href");
        assertThat(href).as("one handler for the page; the link names the case and the file").contains("?case=");

        String changed = href.substring(0, href.indexOf('?')) + "?case=" + other[0] + "&file=" + other[1];
        HttpResponse<byte[]> refused = browser.fetch(changed);
        assertThat(refused.statusCode()).as("another organisation's file, by changing the numbers").isEqualTo(404);
        assertThat(new String(refused.body())).doesNotContain("%PDF");
        assertThat(browser.fetch(href).statusCode()).as("the page's own link still works").isEqualTo(200);
    }

    private long refusals(String subject) {
        return jdbc.queryForObject("select count(*) from audit_event a where a.action = 'DOWNLOAD_LINK_REFUSED'"
                + " and a.outcome = 'DENIED' and exists (select 1 from portal_user_identity i"
                + " where i.user_id = a.actor_user_id and i.subject = ?)",
                Long.class, subject);
    }
}
