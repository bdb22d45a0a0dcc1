package uk.providerportal.performance;

/** An assurance review finding with the area it concerns (its reason). */
public record Finding(AssuranceArea area, String finding) {
}
