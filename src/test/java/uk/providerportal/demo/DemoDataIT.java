package uk.providerportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;

@PortalTest
class DemoDataIT {

    @Autowired DemoData demoData;
    @Autowired DataSource dataSource;

    /** The demo world's own rows (tests add partners and people of their own beside it). */
    static final String DEMO_WORLD = "select concat((select count(*) from programme where code in ('DEBT', 'EMPLOY')),"
            + " '/', (select count(*) from organisation where code in ('NCA','MDT','PSE','CLW')), '/',"
            + " (select count(*) from portal_user_identity where issuer = 'demo' and subject in ("
            + DemoData.PEOPLE.stream().map(person -> "'" + person.subject() + "'").collect(Collectors.joining(", "))
            + ")), '/', (select count(*) from case_sample c join organisation o on o.id = c.organisation_id"
            + " where o.code in ('NCA','MDT','PSE','CLW')))";

    /** The demo assessors' scorecards, by status. */
    static final String DEMO_SCORECARDS = "select concat(i.subject, ':', a.status) from assessment a"
            + " join portal_user_identity i on i.user_id = a.assessor_id and i.issuer = 'demo'"
            + " where i.subject in ('sam.patel', 'ruth.morgan')";

    @Test
    void seedingTwice_changesNothing() {
        var jdbc = new JdbcTemplate(dataSource);
        String before = jdbc.queryForObject(DEMO_WORLD, String.class);
        var scorecardsBefore = jdbc.queryForList(DEMO_SCORECARDS, String.class);

        demoData.seedIfDemo();

        assertThat(jdbc.queryForObject(DEMO_WORLD, String.class)).isEqualTo(before).startsWith("2/4/10/");
        assertThat(jdbc.queryForList(DEMO_SCORECARDS, String.class)).containsExactlyInAnyOrderElementsOf(
                scorecardsBefore);
    }

    @Test
    void theDemoAssessors_eachHaveASubmittedScorecardAndADraft() {
        var scorecards = new JdbcTemplate(dataSource).queryForList(DEMO_SCORECARDS, String.class);
        for (String assessor : java.util.List.of("sam.patel", "ruth.morgan")) {
            assertThat(scorecards).as("%s's submitted scorecard", assessor).contains(assessor + ":SUBMITTED");
            // Browser journeys share this database and may finish the demo draft (ModerationJourneyIT submits
            // Sam's), so the draft is either still a draft or is now a second submitted scorecard.
            assertThat(scorecards.stream().filter(row -> row.startsWith(assessor + ":")).count())
                    .as("%s's scorecards, the draft included", assessor).isGreaterThanOrEqualTo(2);
        }
    }

    /**
     * What a provider reads (issue 11, item 8): every demo scorecard's overall commentary reads as finished commentary
     * to the provider (the drafts too: a walkthrough may finish and release them), and never claims every standard
     * was met when one ended not met.
     */
    @Test
    void theDemoCommentary_readsLikeFinishedCommentary_andAgreesWithTheOutcomes() {
        var jdbc = new JdbcTemplate(dataSource);
        var rows = jdbc.queryForList("select c.reference, a.commentary, (select count(*) from assessment_outcome o"
                + " where o.assessment_id = a.id and coalesce(o.moderated_outcome, o.outcome) = 'NOT_MET') unmet"
                + " from assessment a join case_sample c on c.id = a.case_sample_id"
                + " join organisation g on g.id = c.organisation_id"
                + " join portal_user_identity i on i.user_id = a.assessor_id and i.issuer = 'demo'"
                + " where i.subject in ('sam.patel', 'ruth.morgan') and g.code in ('NCA','MDT','PSE','CLW')");
        assertThat(rows).isNotEmpty();
        for (var row : rows) {
            String commentary = String.valueOf(row.get("commentary"));
            assertThat(commentary).as("commentary of %s", row.get("reference")).isNotBlank().endsWith(".")
                    .doesNotContainIgnoringCase("part-way").doesNotContainIgnoringCase("draft");
            if (((Number) row.get("unmet")).intValue() > 0) {
                assertThat(commentary).as("commentary of %s, which has an unmet standard", row.get("reference"))
                        .doesNotContainIgnoringCase("every standard met");
            }
        }
    }

    /** Priya Shah's Northgate sees released commentary in the demo, one case with actual detriment to its customer. */
    @Test
    void northgate_hasReleasedOutcomes_oneWithActualDetriment() {
        var jdbc = new JdbcTemplate(dataSource);
        String northgate = " from assessment a join organisation g on g.id = a.organisation_id where g.code = 'NCA'"
                + " and a.released_at is not null";
        assertThat(jdbc.queryForObject("select count(*)" + northgate, Integer.class)).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from assessment_outcome o where o.assessment_id in (select a.id"
                + northgate + ") and coalesce(o.moderated_outcome, o.outcome) = 'NOT_MET' and (case when"
                + " o.moderated_outcome is null then o.impact else o.moderated_impact end) = 'ACTUAL_DETRIMENT'",
                Integer.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDemoOutbox_holdsTheReleasedOutcomesAsDigests_toEachProviderUser_andSeedingAgainAddsNone() {
        var jdbc = new JdbcTemplate(dataSource);
        String digests = "select distinct recipient_email from notification_outbox where notice_kind ="
                + " 'OUTCOMES_RELEASED'";
        assertThat(jdbc.queryForList(digests, String.class)).contains("priya.shah@northgate-advice.example",
                "tom.hughes@northgate-advice.example", "gareth.evans@midlands-debt.example");
        assertThat(jdbc.queryForObject("select body from notification_outbox where notice_kind = 'OUTCOMES_RELEASED'"
                + " and recipient_email = 'priya.shah@northgate-advice.example' order by id limit 1", String.class))
                .startsWith("Dear Priya Shah,").contains("case outcomes of Northgate Community Advice");
        String count = "select count(*) from notification_outbox where organisation_id in (select id from"
                + " organisation where code in ('NCA', 'MDT', 'PSE', 'CLW'))";
        long before = jdbc.queryForObject(count, Long.class);
        demoData.seedIfDemo();
        assertThat(jdbc.queryForObject(count, Long.class)).as("seeding again").isEqualTo(before);
    }

    @Test
    void theDemoRulesOfClosedMonths_areLoadedAsRestatementsWithAReason() {
        var jdbc = new JdbcTemplate(dataSource);
        for (String table : new String[] {"kpi_policy", "appeal_policy", "submission_rule", "standard_version"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where effective_from < '2024-01-01'"
                    + " and (restatement_reason is null or restatement_reason <> ?)", Integer.class,
                    DemoData.HISTORY)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from appeal_policy where effective_from = '2023-03-01'",
                Integer.class)).as("the 2023 trial, once per programme").isEqualTo(2);
    }

    @Test
    void theDemoWorld_hasTwoEnglishPartnersOrMore_oneScottish_andTwoProgrammes() {
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from organisation o join programme p on p.id = o.programme_id"
                + " where o.nation = 'ENGLAND_AND_WALES' and o.code in ('NCA','MDT','PSE')", Integer.class))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from organisation where nation = 'SCOTLAND' and code = 'CLW'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct programme_id) from organisation "
                + "where code in ('NCA','MDT','PSE','CLW')", Integer.class)).isEqualTo(2);
    }
}
