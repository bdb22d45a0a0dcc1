package uk.providerportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.PortalTest;

@PortalTest
class DemoDataIT {

    @Autowired DemoData demoData;
    @Autowired DataSource dataSource;

    @Test
    void seedingTwice_changesNothing() {
        var jdbc = new JdbcTemplate(dataSource);
        String before = jdbc.queryForObject("select concat((select count(*) from programme), '/', "
                + "(select count(*) from organisation where code in ('NCA','MDT','PSE','CLW')), '/', "
                + "(select count(*) from portal_user_identity where issuer = 'demo'))", String.class);

        demoData.run(new DefaultApplicationArguments());

        String after = jdbc.queryForObject("select concat((select count(*) from programme), '/', "
                + "(select count(*) from organisation where code in ('NCA','MDT','PSE','CLW')), '/', "
                + "(select count(*) from portal_user_identity where issuer = 'demo'))", String.class);
        assertThat(after).isEqualTo(before);
        assertThat(after).endsWith("/4/9");
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
