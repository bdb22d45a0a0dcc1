package uk.providerportal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.providerportal.Application;
import uk.providerportal.PortalTest;

/**
 * A first start stopped while the demo data is being seeded must not leave a half-seeded database behind, and the
 * next start must seed the whole demo world and serve (issue 10, item 19); the web server accepts requests only
 * once the demo world is there (item 18). Each start is the whole portal, on a fresh database of its own in the
 * test run's embedded MariaDB server.
 */
@PortalTest
class InterruptedSeedingIT {

    @Autowired
    DataSource sharedDatabase;

    @Test
    void aStartFailingMidSeed_leavesNoDemoData_andTheNextStartSeedsTheWholeWorldBeforeServing() {
        String serverUrl = ((HikariDataSource) sharedDatabase).getJdbcUrl();
        String database = "portal_seed_" + Long.toString(System.nanoTime(), 36);
        new JdbcTemplate(sharedDatabase).execute("CREATE DATABASE " + database
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;
        var jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));
        try {
            Flyway.configure().dataSource(url, "root", "").locations("classpath:db/migration").load().migrate();
            // The stop comes midway: programmes, partners, people and the KPI and appeal rules are seeded, the
            // submission rules are not (where the old seeding, once interrupted, failed every later start).
            jdbc.execute("CREATE TRIGGER stop_mid_seed BEFORE INSERT ON submission_rule FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the portal was stopped here'");

            assertThatThrownBy(() -> start(url, new AtomicReference<>()).close())
                    .hasStackTraceContaining("the portal was stopped here");
            assertThat(jdbc.queryForObject("select concat((select count(*) from programme), '/', (select count(*)"
                    + " from organisation), '/', (select count(*) from portal_user), '/', (select count(*) from"
                    + " kpi_policy), '/', (select count(*) from case_sample))", String.class))
                    .as("programmes/partners/people/KPI policies/cases left by the interrupted start")
                    .isEqualTo("0/0/0/0/0");

            jdbc.execute("DROP TRIGGER stop_mid_seed");
            var worldWhenServingStarted = new AtomicReference<String>();
            try (ConfigurableApplicationContext portal = start(url, worldWhenServingStarted)) {
                assertThat(portal.isActive()).isTrue();
            }
            assertThat(worldWhenServingStarted.get())
                    .as("programmes/partners/demo people/cases when the web server began accepting requests")
                    .isEqualTo(jdbc.queryForObject(DemoDataIT.DEMO_WORLD, String.class))
                    .isEqualTo("2/4/10/20");
            assertThat(jdbc.queryForObject("select count(*) from submission_rule", Integer.class)).isEqualTo(2);
        } finally {
            new JdbcTemplate(sharedDatabase).execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static ConfigurableApplicationContext start(String url, AtomicReference<String> worldWhenServing) {
        var portal = new SpringApplication(Application.class);
        portal.addListeners((ApplicationListener<WebServerInitializedEvent>) started ->
                worldWhenServing.set(new JdbcTemplate(new DriverManagerDataSource(url, "root", ""))
                        .queryForObject(DemoDataIT.DEMO_WORLD, String.class)));
        // As command-line arguments: they outrank application.properties, as a user's settings would.
        return portal.run("--spring.datasource.url=" + url, "--spring.datasource.username=root",
                "--spring.datasource.password=", "--portal.demo.enabled=true", "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false");
    }
}
