package uk.providerportal.triage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.providerportal.base.Plural;
import uk.providerportal.security.Role;
import uk.providerportal.security.SystemTasks;

/** Every night, closes the assessment rounds of months that have ended (safe to run twice, or on many instances). */
@Component
class RollOverJob {

    private static final Logger log = LoggerFactory.getLogger(RollOverJob.class);

    private final TriageService triage;
    private final SystemTasks systemTasks;

    RollOverJob(TriageService triage, SystemTasks systemTasks) {
        this.triage = triage;
        this.systemTasks = systemTasks;
    }

    @Scheduled(cron = "${portal.roll-over.cron:0 15 0 * * *}", zone = "Europe/London")
    void rollOverEndedRounds() {
        systemTasks.runAs("roll-over job", Role.QUALITY_MANAGER, () -> triage.rollOverDue().forEach(result ->
                log.info("Roll-over of {}: {} moved{}", result.closedMonth(), Plural.of(result.casesMoved(), "case"),
                        result.alreadyDone() ? " (already done)" : "")));
    }
}
