package uk.providerportal.notification;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;

/** The words of each notice: plain text, en-GB dates, a link into the portal, and how to turn the notice off. */
@Component
class Notices {

    /** Subject and body of one mail. */
    record Text(String subject, String body) {
    }

    /** A released outcome of a digest. */
    record ReleasedCase(String reference, YearMonth round) {
    }

    private final String baseUrl;

    Notices(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Text kpiPublished(String name, String organisation, YearMonth month, Instant publishedAt) {
        return new Text("Your KPI for " + DateFormats.month(month) + " is published",
                body(name, "The quality KPI of " + organisation + " for " + DateFormats.month(month)
                        + " was published on " + DateFormats.dateTime(publishedAt) + " (UK time).\n\n"
                        + "Sign in to read it against the target, with its trend and the month's released cases:\n"
                        + baseUrl + "/", NoticeKind.KPI_PUBLISHED));
    }

    Text kpiRevised(String name, String organisation, YearMonth month, int version, String reason, String changes) {
        return new Text("Your KPI for " + DateFormats.month(month) + " was revised (version " + version + ")",
                body(name, "The published quality KPI of " + organisation + " for " + DateFormats.month(month)
                        + " was revised. This is version " + version + ".\n\n"
                        + "Why: " + reason + "\n\n"
                        + "What changed: " + changes + "\n\n"
                        + "The KPI page shows the current figure and the restatement log (as first published and "
                        + "each revision):\n" + baseUrl + "/", NoticeKind.KPI_REVISED));
    }

    Text appealLodged(String name, String organisation, YearMonth month, int standards) {
        return new Text("Appeal lodged against the " + DateFormats.month(month) + " KPI",
                body(name, organisation + " lodged an appeal against its KPI of " + DateFormats.month(month) + " on "
                        + Plural.of(standards, "standard") + ". The quality team assigns an independent reviewer, who "
                        + "decides each standard; the decision is final and you will get a mail when it is made.\n\n"
                        + "Follow the appeal:\n" + baseUrl + "/appeals/" + month, NoticeKind.APPEAL_LODGED));
    }

    Text appealDecided(String name, String organisation, YearMonth month, int upheld, int standards) {
        return new Text("Appeal decided: " + upheld + " of " + Plural.of(standards, "standard") + " upheld",
                body(name, "The independent reviewer decided the appeal of " + organisation + " against its KPI of "
                        + DateFormats.month(month) + ": " + upheld + " of " + Plural.of(standards, "standard")
                        + " upheld. " + (upheld > 0 ? "The upheld standards now stand as met and the KPI was revised "
                        + "where its figures changed. " : "") + "The decision is final.\n\n"
                        + "Read the decision and the reasons for each standard:\n" + baseUrl + "/appeals/" + month,
                        NoticeKind.APPEAL_DECIDED));
    }

    Text appealDeadline(String name, String organisation, YearMonth month, java.time.LocalDate closesOn) {
        return new Text("Appeals against the " + DateFormats.month(month) + " KPI close on "
                + DateFormats.date(closesOn), body(name, "The KPI of " + organisation + " for "
                + DateFormats.month(month) + " did not meet its target, and nothing has been lodged. The appeal "
                + "window closes at the end of " + DateFormats.date(closesOn) + ", in two working days.\n\n"
                + "See what can be appealed and why:\n" + baseUrl + "/appeals/" + month, NoticeKind.APPEAL_DEADLINE));
    }

    Text returnReminder(String name, String organisation, String returnName, String periodText,
                        java.time.LocalDate dueOn, boolean missing) {
        String due = DateFormats.date(dueOn);
        return missing
                ? new Text("Missing: the " + returnName + " return of " + periodText + " (due on " + due + ")",
                        body(name, "The " + returnName + " return of " + organisation + " for " + periodText
                                + " was due on " + due + " and has not been sent. It is recorded as missing until it "
                                + "is sent, and then as late.\n\nSend it now:\n" + baseUrl + "/returns",
                                NoticeKind.RETURN_MISSING))
                : new Text("The " + returnName + " return of " + periodText + " is due on " + due,
                        body(name, "The " + returnName + " return of " + organisation + " for " + periodText
                                + " is due on " + due + " and has not been sent yet.\n\nDownload the template or "
                                + "enter the figures:\n" + baseUrl + "/returns", NoticeKind.RETURN_DUE));
    }

    Text outcomesReleased(String name, String organisation, List<ReleasedCase> released) {
        String list = released.stream().map(c -> "- " + c.reference() + " (" + DateFormats.month(c.round())
                + " round)").collect(Collectors.joining("\n"));
        return new Text(Plural.of(released.size(), "case outcome") + " released to " + organisation,
                body(name, "These case outcomes of " + organisation + " were released to you:\n\n" + list + "\n\n"
                        + "Read each case's score, result and commentary:\n" + baseUrl + "/assessment/commentary",
                        NoticeKind.OUTCOMES_RELEASED));
    }

    Text sampleMissing(String name, String organisation, YearMonth month, String weekLabel, int expected,
                       int received) {
        int missing = expected - received;
        return new Text(weekLabel + " sample: " + received + " of " + expected + " cases received",
                body(name, weekLabel + " of the " + DateFormats.month(month) + " month folder of " + organisation
                        + " has ended with " + received + " of the " + expected + " agreed cases received, so "
                        + Plural.of(missing, "case is", "cases are") + " missing.\n\n"
                        + "Submit them as soon as you can (they are marked late):\n" + baseUrl + "/cases/submit",
                        NoticeKind.SAMPLE_MISSING));
    }

    /** A story's step, told without any of its words: the mail is not the place for a participant's story. */
    Text storyMoved(String name, String organisation, long storyId, uk.providerportal.story.StoryStatus status,
                    NoticeKind kind) {
        String what = switch (status) {
            case RETURNED -> "was returned with comments. Read them, change the story and submit it again";
            case ACCEPTED -> "was accepted by the performance manager";
            case RELEVANCE_CHECK -> "has a relevance check from the national team. Answer it so the story can be "
                    + "published";
            case PUBLISHED -> "was used by the national team. See where and when";
            default -> "moved to \"" + status.label() + "\"";
        };
        return new Text("Good news story " + storyId + ": " + status.label().toLowerCase(java.util.Locale.UK),
                body(name, "Good news story " + storyId + " of " + organisation + " " + what + ":\n" + baseUrl
                        + "/stories/" + storyId, kind));
    }

    Text contractReviewScheduled(String name, String organisation, YearMonth month, java.time.LocalDate meetingOn,
                                 java.time.LocalDate informationDueOn, long reviewId) {
        return new Text("Contract review of " + DateFormats.month(month) + " on " + DateFormats.date(meetingOn),
                body(name, "The contract performance review of " + organisation + " for " + DateFormats.month(month)
                        + " is on " + DateFormats.date(meetingOn) + ". Your management information is due by "
                        + DateFormats.date(informationDueOn) + ". The review pack, built from the portal's data, is "
                        + "ready to download before the meeting:\n" + baseUrl + "/performance/reviews/" + reviewId,
                        NoticeKind.CONTRACT_REVIEW_SCHEDULED));
    }

    /** A new intervention level: the level and what it asks; the reasons and letters are read in the portal. */
    Text interventionLevel(String name, String organisation, long organisationId,
                           uk.providerportal.performance.InterventionLevel from,
                           uk.providerportal.performance.InterventionLevel to, java.time.LocalDate decidedOn) {
        return new Text("Intervention level: " + to.title(),
                body(name, "On " + DateFormats.date(decidedOn) + " the performance manager put the contract of "
                        + organisation + " at " + to.title() + " (it was at " + from.title() + ").\n\n"
                        + "What this level requires: " + to.requires() + "\n\n"
                        + "Read the reason, the required actions and any letter:\n" + baseUrl + "/performance/"
                        + organisationId, NoticeKind.INTERVENTION_LEVEL_CHANGED));
    }

    /** A comment on the action plan, to be read in the portal. */
    Text actionPlanCommented(String name, String organisation, long organisationId, int planNumber) {
        return new Text("Your action plan was reviewed",
                body(name, "The performance manager commented on version " + planNumber + " of the action plan of "
                        + organisation + ".\n\nRead the comments and update the plan:\n" + baseUrl
                        + "/performance/" + organisationId, NoticeKind.ACTION_PLAN_COMMENTED));
    }

    private String body(String name, String text, NoticeKind kind) {
        return "Dear " + name + ",\n\n" + text + "\n\n"
                + "You get this mail because \"" + kind.label() + "\" is on in your notification settings; you can "
                + "change that at " + baseUrl + "/notification-settings\n\n"
                + "Provider Portal\n";
    }
}
