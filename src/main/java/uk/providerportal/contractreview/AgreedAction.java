package uk.providerportal.contractreview;

import java.time.LocalDate;

/** An action agreed at a review: what, who owns it, and by when; it flows into the contract's action plan. */
public record AgreedAction(String what, String owner, LocalDate dueOn) {
}
