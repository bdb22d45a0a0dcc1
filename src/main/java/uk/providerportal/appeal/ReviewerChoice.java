package uk.providerportal.appeal;

/** A quality manager who might review an appeal, and whether they are independent of it (if not, why). */
public record ReviewerChoice(long userId, String name, boolean independent, String why) {
}
