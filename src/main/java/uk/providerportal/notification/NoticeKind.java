package uk.providerportal.notification;

/** The notices the portal mails, each of which a person can turn off in their notification settings. */
public enum NoticeKind {

    KPI_PUBLISHED("KPI published", "When your organisation's KPI for a month is published."),
    KPI_REVISED("KPI revised", "When a published KPI of your organisation is revised, with the reason and what "
            + "changed."),
    OUTCOMES_RELEASED("Outcomes released", "Once a day, the case outcomes released to your organisation that day."),
    SAMPLE_MISSING("Weekly sample missing", "When a week has ended without all of its agreed sample of cases."),
    APPEAL_LODGED("Appeal lodged", "When your organisation lodges an appeal: what was appealed and what happens "
            + "next."),
    APPEAL_DECIDED("Appeal decided", "When the independent reviewer decides your organisation's appeal."),
    APPEAL_DEADLINE("Appeal window closing", "Two working days before an appeal window closes, for a month below "
            + "target with nothing lodged."),
    STORY_RETURNED("Story returned", "When the performance manager returns one of your organisation's good news stories "
            + "with comments."),
    STORY_ACCEPTED("Story accepted", "When the performance manager accepts one of your organisation's good news "
            + "stories."),
    STORY_RELEVANCE_CHECK("Story relevance check", "When the national team asks your organisation to confirm a good "
            + "news story's relevance before publishing it."),
    STORY_PUBLISHED("Story published", "When one of your organisation's good news stories is used, with where."),
    CONTRACT_REVIEW_SCHEDULED("Contract review scheduled", "When your contract performance review is scheduled, with "
            + "the date your management information is due."),
    INTERVENTION_LEVEL_CHANGED("Intervention level changed", "When the performance manager puts your organisation's "
            + "contract at another intervention level."),
    ACTION_PLAN_COMMENTED("Action plan reviewed", "When the performance manager comments on your organisation's "
            + "action plan."),
    RETURN_DUE("Return due soon", "Three working days before a contract return is due, when it has not been sent."),
    RETURN_MISSING("Return missing", "The working day after a contract return was due, when it has not been sent.");

    private final String label;
    private final String description;

    NoticeKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
