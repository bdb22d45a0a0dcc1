package uk.providerportal.appeal;

/** A standard of a case the provider appeals, with its rationale (blank while a draft is being written). */
public record AppealChoice(long caseId, long standardVersionId, String rationale) {
}
