package uk.providerportal.contractreview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A review was held and recorded: its agreed actions are for the contract's action plan to take up. */
public record ContractReviewHeld(long reviewId, long organisationId, YearMonth month, LocalDate heldOn,
                                 List<AgreedAction> actions) {

    public ContractReviewHeld {
        actions = List.copyOf(actions);
    }
}
