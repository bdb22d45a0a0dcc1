package uk.providerportal.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;

/** Past assessments keep the standards they were made against; a closed month changes only as a restatement. */
@PortalTest
@RecordApplicationEvents
class StandardsServiceIT {

    /** September 2047's KPI was published on Monday 30 September; October's round is open. */
    static final Instant THIRD_OF_OCTOBER_2047 = Instant.parse("2047-10-03T09:00:00Z");

    @Autowired StandardsService standards;
    @Autowired OrganisationService organisations;
    @Autowired AuditLog auditLog;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;
    @Autowired ApplicationContext context;
    SignInAs as;
    long employment;

    @BeforeEach
    void setUp() throws Exception {
        as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        employment = as.call("alex.reid", () -> organisations.programmes().stream()
                .filter(p -> p.code().equals("EMPLOY")).findFirst().orElseThrow().id());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void debtAdviceCatalogue_isInCodeOrder_withCustomerImpactMarked() throws Exception {
        long debt = as.call("alex.reid", () -> organisations.programmes().stream()
                .filter(p -> p.code().equals("DEBT")).findFirst().orElseThrow().id());
        var catalogue = as.call("sam.patel", () -> standards.catalogue(debt, LocalDate.of(2024, 1, 1)));
        assertThat(catalogue).extracting(Standard::code)
                .containsExactly("1a", "1b", "1c", "1d", "1e", "1f", "2a", "2b", "2c");
        assertThat(catalogue.get(5).title()).isEqualTo("Correct advice");
        assertThat(catalogue.get(5).customerImpact()).isTrue();
        assertThat(catalogue.get(6).customerImpact()).isFalse();
    }

    @Test
    void newWordingFromADate_leavesEarlierAssessmentsWithTheOldOne_andRetiringHidesItAfterwards() throws Exception {
        LocalDate from = LocalDate.of(2030, 1, 1);
        as.call("alex.reid", () -> standards.save(employment, new Standard("1b", from, "Barriers to work addressed",
                "Each barrier has an action.", "Support quality", true, false, ""), null));
        as.call("alex.reid", () -> standards.save(employment, new Standard("10a", from, "In-work support offered",
                "Support continues after a job start.", "Support quality", false, false, ""), null));
        as.call("alex.reid", () -> standards.retire(employment, "2b", LocalDate.of(2030, 6, 1), null));

        var before = as.call("helen.carter", () -> standards.catalogue(employment, from.minusDays(1)));
        var after = as.call("helen.carter", () -> standards.catalogue(employment, from));
        var later = as.call("helen.carter", () -> standards.catalogue(employment, LocalDate.of(2030, 6, 1)));

        assertThat(before).filteredOn(s -> s.code().equals("1b")).singleElement()
                .extracting(Standard::title).isEqualTo("Barriers identified");
        assertThat(after).filteredOn(s -> s.code().equals("1b")).singleElement()
                .extracting(Standard::title).isEqualTo("Barriers to work addressed");
        assertThat(after).extracting(Standard::code).containsExactly("1a", "1b", "2a", "2b", "10a");
        assertThat(later).extracting(Standard::code).containsExactly("1a", "1b", "2a", "10a");
        assertThat(as.call("helen.carter", () -> standards.history(employment, "1b"))).hasSize(2);
    }

    @Test
    void badCode_isRefusedNamingTheField() {
        assertThatThrownBy(() -> as.call("alex.reid", () -> standards.save(employment, new Standard("A-1",
                LocalDate.of(2030, 1, 1), "X", "", "Records", false, false, ""), null)))
                .isInstanceOf(StandardChangeRefused.class)
                .satisfies(e -> assertThat(((StandardChangeRefused) e).field()).isEqualTo("code"));
    }

    @Test
    void standardChange_inAClosedMonth_isRefusedNamingTheMonth() {
        clock.set(THIRD_OF_OCTOBER_2047);

        assertThatThrownBy(() -> as.call("alex.reid", () -> standards.save(employment, new Standard("7a",
                LocalDate.of(2047, 9, 1), "Job outcome verified", "", "Records", false, false, ""), null)))
                .isInstanceOf(StandardChangeRefused.class)
                .hasMessage("September 2047 is closed: its KPI was published on 30 September 2047, so a change from "
                        + "1 September 2047 would alter published figures. Choose 1 October 2047 or later, or "
                        + "restate the closed month with a reason.")
                .satisfies(e -> assertThat(((StandardChangeRefused) e).field()).isEqualTo("effectiveFrom"));
        assertThat(events.stream(StandardRestated.class)).isEmpty();
    }

    @Test
    void standardRestatement_withAReason_isRecordedAuditedAndPublished() throws Exception {
        clock.set(THIRD_OF_OCTOBER_2047);
        String reason = "Agreed at the August review but not entered";

        Standard saved = as.call("alex.reid", () -> standards.save(employment, new Standard("7b",
                LocalDate.of(2047, 8, 1), "Job outcome evidenced", "", "Records", false, false, ""), reason));

        assertThat(saved.restatement()).isNotNull();
        assertThat(saved.restatement().by()).isEqualTo("Alex Reid <alex.reid@funder.example>");
        assertThat(saved.restatement().at()).isEqualTo(THIRD_OF_OCTOBER_2047);
        assertThat(as.call("helen.carter", () -> standards.history(employment, "7b"))).singleElement()
                .satisfies(version -> assertThat(version.restatement().reason()).isEqualTo(reason));
        assertThat(as.call("alex.reid", () -> auditLog.latest().stream()
                .filter(entry -> entry.action().equals("STANDARD_RESTATED")).findFirst().orElseThrow().summary()))
                .isEqualTo("Set 7b Job outcome evidenced from 1 August 2047; restates closed August 2047: " + reason);
        assertThat(events.stream(StandardRestated.class))
                .containsExactly(new StandardRestated(employment, "7b", YearMonth.of(2047, 8), reason));
    }

    @Test
    void retiring_inAClosedMonth_isRefused_andRestatedWithAReason() throws Exception {
        clock.set(THIRD_OF_OCTOBER_2047);
        as.call("alex.reid", () -> standards.save(employment, new Standard("7c", LocalDate.of(2047, 10, 1),
                "Follow-up call made", "", "Customer service", false, false, ""), null));
        clock.set(Instant.parse("2047-11-05T09:00:00Z"));

        assertThatThrownBy(() -> as.call("alex.reid", () -> standards.retire(employment, "7c",
                LocalDate.of(2047, 10, 20), null)))
                .isInstanceOf(StandardChangeRefused.class).hasMessageStartingWith("October 2047 is closed");
        as.call("alex.reid", () -> standards.retire(employment, "7c", LocalDate.of(2047, 10, 20),
                "Withdrawn by the funder from 20 October"));

        assertThat(as.call("helen.carter", () -> standards.catalogue(employment, LocalDate.of(2047, 10, 20))))
                .extracting(Standard::code).doesNotContain("7c");
        assertThat(as.call("helen.carter", () -> standards.history(employment, "7c"))).first()
                .satisfies(version -> {
                    assertThat(version.retired()).isTrue();
                    assertThat(version.restatement()).isNotNull();
                });
        assertThat(events.stream(StandardRestated.class)).extracting(StandardRestated::firstAffectedMonth)
                .containsExactly(YearMonth.of(2047, 10));
    }
}
