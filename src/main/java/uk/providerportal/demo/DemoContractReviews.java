package uk.providerportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.contractreview.AgreedAction;
import uk.providerportal.contractreview.ContractReviewRecord;
import uk.providerportal.contractreview.ContractReviewService;
import uk.providerportal.organisation.OrganisationSummary;

/**
 * Contract performance reviews (issue 15, item 8), where Northgate has none: Northgate's review of last month is
 * scheduled in two weeks, so its pack can be downloaded before the meeting; Midlands Debt Trust's was held today with
 * two agreed actions.
 */
@Component
class DemoContractReviews {

    private static final String MANAGER = "helen.carter";

    private final ContractReviewService reviews;
    private final Clock clock;

    DemoContractReviews(ContractReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    void seed(Map<String, OrganisationSummary> byCode, DemoCalibration.AsPerson as) {
        long northgate = byCode.get("NCA").id();
        if (!as.call(MANAGER, () -> reviews.reviews(northgate)).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        YearMonth last = YearMonth.from(today).minusMonths(1);
        as.call(MANAGER, () -> reviews.schedule(northgate, last, today.plusDays(14), "Helen Carter (performance "
                + "manager), Priya Shah (Northgate contract lead)"));
        long midlands = byCode.get("MDT").id();
        ContractReviewRecord held = as.call(MANAGER, () -> reviews.schedule(midlands, last, today,
                "Helen Carter, Gareth Evans"));
        as.call(MANAGER, () -> reviews.record(held.id(), held.version(), "Helen Carter (performance manager), "
                + "Gareth Evans (Midlands Debt Trust)", "The quality KPI was discussed with the returned good news "
                + "story. Midlands Debt Trust will send the weekly sample on time and resubmit the story.",
                List.of(new AgreedAction("Send every weekly sample by the Friday of its week", "Gareth Evans",
                                today.plusDays(28)),
                        new AgreedAction("Resubmit the returned good news story with the participant's words",
                                "Gareth Evans", today.plusDays(14)))));
    }
}
