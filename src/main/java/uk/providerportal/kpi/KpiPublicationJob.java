package uk.providerportal.kpi;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.providerportal.security.Role;
import uk.providerportal.security.SystemTasks;

/**
 * Publishes each month's KPIs on the calendar's publication date (issue 12, item 5). It looks every quarter of an
 * hour, so a restart or a moved date is caught up; the lock keeps instances from running it together, and the month's
 * unique publication row makes it exactly once even if they did.
 */
@Component
class KpiPublicationJob {

    private static final Logger log = LoggerFactory.getLogger(KpiPublicationJob.class);

    private final KpiService kpis;
    private final SystemTasks systemTasks;

    KpiPublicationJob(KpiService kpis, SystemTasks systemTasks) {
        this.kpis = kpis;
        this.systemTasks = systemTasks;
    }

    @Scheduled(cron = "${portal.kpi.publication-cron:0 */15 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "kpi-publication", lockAtMostFor = "PT10M")
    void publishDueMonths() {
        systemTasks.runAs("KPI publication job", Role.QUALITY_MANAGER,
                () -> kpis.publishDue().forEach(result -> log.info(result.message())));
    }
}
