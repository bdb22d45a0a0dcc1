package uk.providerportal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ui.NotFoundView;
import uk.providerportal.notification.MailStatus;
import uk.providerportal.notification.NoticeKind;
import uk.providerportal.notification.OutboxMail;
import uk.providerportal.signin.WithDemoUser;

/**
 * The outbox as an admin reads it on the demo (no mail server: every mail kept, readable), opening a mail, and the
 * notification settings page: each notice on by default, a choice kept.
 */
@PortalTest
class NotificationViewsTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    @WithDemoUser("alex.reid")
    void admin_readsTheDemoOutbox_filteredToOutcomeDigests_andSaysNoMailServerIsConfigured() {
        var view = navigate(OutboxView.class);
        assertThat(view.getElement().toString()).contains("No mail server is configured");

        test(view.kind).selectItem(NoticeKind.OUTCOMES_RELEASED.label());
        GridTester<Grid<OutboxMail>, OutboxMail> grid = test(view.grid);
        assertThat(grid.size()).as("the demo's released outcomes, as digests").isGreaterThanOrEqualTo(2);
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).kind()).distinct())
                .containsExactly(NoticeKind.OUTCOMES_RELEASED);
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).subject()))
                .anyMatch(subject -> subject.endsWith("released to Northgate Community Advice"));
        assertThat(view.total.getText()).endsWith("mails match");

        test(view.text).setValue("priya.shah@");
        assertThat(IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).recipientEmail()).distinct())
                .containsExactly("priya.shah@northgate-advice.example");
        assertThat(view.counts.getText()).contains("not sent (no mail server)");
    }

    @Test
    @WithDemoUser("alex.reid")
    void admin_opensAMail_readsItsBody_andSendsAKeptMailAgain() {
        long id = jdbc.queryForObject("select min(id) from notification_outbox where notice_kind = "
                + "'OUTCOMES_RELEASED' and recipient_email = 'priya.shah@northgate-advice.example'", Long.class);
        var view = navigate("outbox/" + id, OutboxMailView.class);
        assertThat(view.subject.getText()).endsWith("released to Northgate Community Advice");
        assertThat(view.body.getText()).startsWith("Dear Priya Shah,").contains("/assessment/commentary");
        assertThat(view.facts.getElement().getTextRecursively()).contains("Priya Shah <priya.shah@northgate-advice"
                + ".example>", "Outcomes released");

        jdbc.update("update notification_outbox set status = 'NOT_SENT' where id = ?", id);
        view = navigate("outbox/" + id, OutboxMailView.class);
        assertThat(view.sendAgain.isVisible()).isTrue();
        test(view.sendAgain).click();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MAIL_SEND_AGAIN' and "
                + "entity_id = ?", Integer.class, String.valueOf(id))).isEqualTo(1);

        jdbc.update("update notification_outbox set status = 'SENT', sent_at = created_at where id = ?", id);
        view = navigate("outbox/" + id, OutboxMailView.class);
        assertThat(view.sendAgain.isVisible()).as("a sent mail is never sent again").isFalse();
        jdbc.update("update notification_outbox set status = ?, sent_at = null where id = ?",
                MailStatus.NOT_SENT.name(), id);
    }

    @Test
    @WithDemoUser("alex.reid")
    void aMailThatDoesNotExist_isPageNotFound() {
        navigate("outbox/999999999", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("outbox/not-a-number", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithDemoUser("helen.carter")
    void qualityManager_cannotOpenTheOutbox() {
        navigate("outbox", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithDemoUser("tom.hughes")
    void provider_hasEveryNoticeOnByDefault_andTurnsOneOff() {
        var view = navigate(NotificationSettingsView.class);
        assertThat(view.boxes).hasSize(NoticeKind.values().length);
        assertThat(view.boxes.values()).allMatch(box -> box.getValue());
        assertThat(view.boxes.get(NoticeKind.SAMPLE_MISSING).getLabel()).isEqualTo("Weekly sample missing");

        test(view.boxes.get(NoticeKind.OUTCOMES_RELEASED)).click();
        test(view.save).click();

        view = navigate(NotificationSettingsView.class);
        assertThat(view.boxes.get(NoticeKind.OUTCOMES_RELEASED).getValue()).isFalse();
        assertThat(view.boxes.get(NoticeKind.KPI_PUBLISHED).getValue()).isTrue();

        test(view.boxes.get(NoticeKind.OUTCOMES_RELEASED)).click();
        test(view.save).click();
        assertThat(navigate(NotificationSettingsView.class).boxes.values()).allMatch(box -> box.getValue());
    }
}
