package uk.providerportal.submission;

/**
 * One assessment week of a month folder: how many cases its agreed sample should bring, how many came, and in the
 * user's words whether it is complete, due or late (e.g. "4 of 6, late").
 */
public record WeekProgress(AssessmentWeek week, int expected, int received, int lateCases, String state) {
}
