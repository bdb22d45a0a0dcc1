package uk.providerportal.story;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;

/**
 * A delivery partner's good news story with its one consent form, its status and every step it went through. Its
 * month (for the tracker) is the month it was first submitted.
 */
@Entity
@Table(name = "good_news_story")
class GoodNewsStory extends AbstractEntity {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_BODY = 6000;
    static final int MAX_PSEUDONYM = 100;
    static final int MAX_WHERE = 300;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Size(max = 200)
    @Column(name = "programme_name", nullable = false, length = 200)
    private String programmeName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StoryStatus status = StoryStatus.DRAFT;

    @Size(max = MAX_TITLE)
    @Column(nullable = false, length = MAX_TITLE)
    private String title = "";

    @Size(max = MAX_SUMMARY)
    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary = "";

    @Size(max = MAX_BODY)
    @Column(nullable = false, length = MAX_BODY)
    private String body = "";

    @Size(max = MAX_PSEUDONYM)
    @Column(nullable = false, length = MAX_PSEUDONYM)
    private String pseudonym = "";

    @Column(name = "story_month")
    private @Nullable LocalDate storyMonth;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt = Instant.EPOCH;

    @Size(max = 200)
    @Column(name = "document_file_name", length = 200)
    private @Nullable String documentFileName;

    @Size(max = 100)
    @Column(name = "document_key", length = 100)
    private @Nullable String documentKey;

    @Size(max = 100)
    @Column(name = "document_type", length = 100)
    private @Nullable String documentType;

    @Column(name = "document_size")
    private @Nullable Long documentSize;

    @Valid
    @Embedded
    private ConsentForm consentForm = new ConsentForm();

    @Enumerated(EnumType.STRING)
    @Column(name = "published_use", length = 20)
    private @Nullable ConsentUse publishedUse;

    @Size(max = MAX_WHERE)
    @Column(name = "published_where", length = MAX_WHERE)
    private @Nullable String publishedWhere;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @Valid
    @ElementCollection
    @CollectionTable(name = "good_news_story_step", joinColumns = @JoinColumn(name = "story_id"))
    @OrderColumn(name = "position")
    private List<StoryStep> steps = new ArrayList<>();

    protected GoodNewsStory() {
    }

    GoodNewsStory(long organisationId, String programmeName) {
        this.organisationId = organisationId;
        this.programmeName = programmeName;
    }

    long organisationId() {
        return organisationId;
    }

    String programmeName() {
        return programmeName;
    }

    StoryStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    String body() {
        return body;
    }

    String pseudonym() {
        return pseudonym;
    }

    @Nullable YearMonth month() {
        return storyMonth == null ? null : YearMonth.from(storyMonth);
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    ConsentForm consentForm() {
        return consentForm;
    }

    @Nullable String documentKey() {
        return documentKey;
    }

    @Nullable StoryFile document() {
        return documentFileName == null || documentType == null || documentSize == null ? null
                : new StoryFile(documentFileName, documentType, documentSize);
    }

    @Nullable ConsentUse publishedUse() {
        return publishedUse;
    }

    @Nullable String publishedWhere() {
        return publishedWhere;
    }

    @Nullable LocalDate publishedOn() {
        return publishedOn;
    }

    List<StoryStep> steps() {
        return steps;
    }

    void write(StoryDraft draft) {
        title = draft.title().strip();
        summary = draft.summary().strip();
        body = draft.body().strip();
        pseudonym = draft.pseudonym().strip();
        consentForm.terms(draft.consentSignedOn(), draft.consentUses(), draft.consentExpiresOn());
    }

    void document(String fileName, String key, String type, long size) {
        documentFileName = fileName;
        documentKey = key;
        documentType = type;
        documentSize = size;
    }

    /** Moves the story on, keeping the step; the first submission fixes the month it counts for. */
    void step(StoryStatus next, String by, Instant at, String note) {
        status = next;
        lastUsedAt = at;
        steps.add(new StoryStep(next, by, at, note));
        if (next == StoryStatus.SUBMITTED && storyMonth == null) {
            storyMonth = YearMonth.from(at.atZone(uk.providerportal.base.DateFormats.ZONE)).atDay(1);
        }
    }

    void touch(Instant at) {
        lastUsedAt = at;
    }

    void published(ConsentUse use, String where, LocalDate on) {
        publishedUse = use;
        publishedWhere = where.strip();
        publishedOn = on;
    }

    /** Consent withdrawn: the words and the files go; who did what and when stays. */
    void erase() {
        title = "";
        summary = "";
        body = "";
        pseudonym = "";
        publishedWhere = null;
        documentFileName = null;
        documentKey = null;
        documentType = null;
        documentSize = null;
        consentForm.eraseFile();
        steps.forEach(StoryStep::eraseNote);
    }
}
