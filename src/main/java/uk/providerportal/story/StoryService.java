package uk.providerportal.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.security.TenantScope;
import uk.providerportal.storage.FileStore;
import uk.providerportal.storage.StoredFile;
import uk.providerportal.storage.StoredUploads;
import uk.providerportal.submission.CaseFileUpload;
import uk.providerportal.submission.CheckedFile;
import uk.providerportal.submission.SubmissionService;

/**
 * The good news stories feature's API (issue 14). A delivery partner reaches only its own organisation's stories (any
 * other id is "not found", the refusal audited); the funder's story role is the quality manager, acting as the
 * performance manager, who never sees drafts. Files are checked like case records and stored under generated keys;
 * audit lines and notices name a story by its number, never by its words, so withdrawal of consent leaves no content
 * behind.
 */
@Service
@Transactional(readOnly = true)
public class StoryService {

    static final String ENTITY = "GoodNewsStory";

    private final GoodNewsStoryRepository stories;
    private final OrganisationService organisations;
    private final SubmissionService submissions;
    private final FileStore store;
    private final TenantScope tenantScope;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    StoryService(GoodNewsStoryRepository stories, OrganisationService organisations, SubmissionService submissions,
                 FileStore store, TenantScope tenantScope, CurrentUser currentUser, AuditLog auditLog,
                 ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.stories = stories;
        this.organisations = organisations;
        this.submissions = submissions;
        this.store = store;
        this.tenantScope = tenantScope;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /**
     * The stories a person may see, newest first: a partner its own organisation's (whatever {@code organisationId}
     * asks); a quality manager every organisation's, or one's, without drafts.
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public List<StorySummary> stories(@Nullable Long organisationId) {
        Long own = tenantScope.organisationFilter("LIST_STORIES");
        Long filter = own != null ? own : organisationId;
        List<GoodNewsStory> found = own != null ? stories.findByOrganisationIdOrderByIdDesc(own)
                : filter == null ? stories.findByStatusNotOrderByIdDesc(StoryStatus.DRAFT)
                : stories.findByOrganisationIdAndStatusNotOrderByIdDesc(filter, StoryStatus.DRAFT);
        LocalDate today = today();
        Map<Long, String> names = new HashMap<>();
        return found.stream().map(story ->
                new StorySummary(Objects.requireNonNull(story.getId()), story.organisationId(),
                        names.computeIfAbsent(story.organisationId(), this::organisationName), story.title(),
                        story.pseudonym(), story.status(), story.month(), story.lastUsedAt(),
                        story.consentForm().expiresOn(), expired(story, today))).toList();
    }

    /** One story with its steps; another organisation's, or a draft asked for by the funder, is "not found". */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public StoryRecord story(long storyId) {
        return toRecord(visible("READ_STORY", storyId));
    }

    /**
     * Stories sent per organisation in the months from {@code from} to {@code to}, counted in SQL: a partner sees its
     * own organisation only, a quality manager every active one.
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public StoryTracker tracker(YearMonth from, YearMonth to) {
        Long own = tenantScope.organisationFilter("READ_STORY_TRACKER");
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        List<OrganisationSummary> shown = own != null ? List.of(organisations.findOrganisation(own))
                : organisations.visibleOrganisations().stream().filter(OrganisationSummary::active).toList();
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql("SELECT organisation_id, story_month, COUNT(*) AS sent,"
                        + " SUM(CASE WHEN status = 'PUBLISHED' THEN 1 ELSE 0 END) AS published"
                        + " FROM good_news_story WHERE status NOT IN ('DRAFT', 'WITHDRAWN')"
                        + " AND story_month BETWEEN ? AND ?" + (own != null ? " AND organisation_id = ?" : "")
                        + " GROUP BY organisation_id, story_month")
                .params(own != null ? List.of(from.atDay(1), to.atDay(1), own) : List.of(from.atDay(1), to.atDay(1)))
                .query(rs -> {
                    counts.put(rs.getLong("organisation_id") + ":" + YearMonth.from(rs.getObject("story_month",
                            LocalDate.class)), new int[] {rs.getInt("sent"), rs.getInt("published")});
                });
        List<StoryTracker.Row> rows = shown.stream().map(organisation -> {
            List<Integer> sent = new ArrayList<>();
            List<Integer> published = new ArrayList<>();
            for (YearMonth month : months) {
                int[] count = counts.getOrDefault(organisation.id() + ":" + month, new int[2]);
                sent.add(count[0]);
                published.add(count[1]);
            }
            return new StoryTracker.Row(organisation.id(), organisation.name(), sent, published);
        }).toList();
        return new StoryTracker(months, rows);
    }

    /** Streams the story's consent form to the organisation or a quality manager; gone once consent is withdrawn. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public StoryFile writeConsentForm(long storyId, OutputStream out) throws IOException {
        GoodNewsStory story = visible("READ_CONSENT_FORM", storyId);
        StoryFile file = story.consentForm().file();
        String key = story.consentForm().storageKey();
        if (file == null || key == null) {
            throw tenantScope.refuse("READ_CONSENT_FORM", ENTITY, storyId, "consent withdrawn: the file was deleted");
        }
        copy(key, out);
        return file;
    }

    /** Streams the completed story template, if the partner uploaded one. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public StoryFile writeDocument(long storyId, OutputStream out) throws IOException {
        GoodNewsStory story = visible("READ_STORY_DOCUMENT", storyId);
        StoryFile file = story.document();
        String key = story.documentKey();
        if (file == null || key == null) {
            throw tenantScope.refuse("READ_STORY_DOCUMENT", ENTITY, storyId, "no story document, or consent withdrawn");
        }
        copy(key, out);
        return file;
    }

    // --- the delivery partner ------------------------------------------------------------------------------------

    /** The largest story text; the template's story fits well within it. */
    public static final int MAX_BODY = GoodNewsStory.MAX_BODY;

    /**
     * Creates a story of the partner's organisation, as a draft or submitted at once. Its signed consent form is
     * required (no consent form, no story) and must be a file never given for another story; the story itself is the
     * text, the completed template document, or both. All or nothing: a refusal stores no file.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional
    public StoryRecord create(long organisationId, StoryDraft draft, @Nullable StoryUpload consentForm,
                              @Nullable StoryUpload document, boolean submit) {
        tenantScope.checkVisible("CREATE_STORY", "Organisation", organisationId, organisationId);
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        try {
            if (consentForm == null) {
                throw new ChangeRefused("consentForm", "Upload the participant's signed consent form: a story cannot "
                        + "be saved without one.");
            }
            check(draft, document != null);
            var story = new GoodNewsStory(organisationId, organisation.programmeName());
            story.write(draft);
            var uploads = new StoredUploads(store);
            attachConsentForm(story, consentForm, uploads, null);
            if (document != null) {
                attachDocument(story, document, uploads);
            }
            Instant now = clock.instant();
            story.step(StoryStatus.DRAFT, actor(), now, "");
            if (submit) {
                story.step(StoryStatus.SUBMITTED, actor(), now, "");
            }
            stories.saveAndFlush(story);
            uploads.keep();
            auditLog.record(submit ? "STORY_SUBMITTED" : "STORY_DRAFT_SAVED", ENTITY, story.getId(),
                    (submit ? "Submitted" : "Saved as a draft") + " good news story " + story.getId() + " of "
                    + organisation.name() + " with its consent form" + (document != null ? " and story document" : "")
                    + ".");
            return toRecord(story);
        } catch (ChangeRefused refused) {
            auditLog.recordDenied("STORY_REFUSED", ENTITY, null, "Refused a good news story of "
                    + organisation.name() + ": " + refused.getMessage());
            throw refused;
        }
    }

    /**
     * Changes a draft or returned story, optionally replacing its consent form or document, and submits it when
     * asked. {@code expectedVersion} is the version the form was opened with: a newer save is not overwritten. A
     * refusal (e.g. a file failing the case-record check after the text was written) rolls the whole change back.
     */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional
    public StoryRecord update(long storyId, long expectedVersion, StoryDraft draft, @Nullable StoryUpload consentForm,
                              @Nullable StoryUpload document, boolean submit) {
        GoodNewsStory story = visible("UPDATE_STORY", storyId);
        try {
            current(story, expectedVersion);
            if (!story.status().editable()) {
                throw new ChangeRefused("status", "This story is " + story.status().label().toLowerCase(
                        DateFormats.LOCALE) + ": it can be changed only while it is a draft or returned with "
                        + "comments.");
            }
            check(draft, document != null || story.document() != null);
            story.write(draft);
            var uploads = new StoredUploads(store);
            List<String> replaced = new ArrayList<>();
            if (consentForm != null) {
                String old = story.consentForm().storageKey();
                attachConsentForm(story, consentForm, uploads, storyId);
                if (old != null) {
                    replaced.add(old);
                }
            }
            if (document != null) {
                String old = story.documentKey();
                attachDocument(story, document, uploads);
                if (old != null) {
                    replaced.add(old);
                }
            }
            Instant now = clock.instant();
            if (submit) {
                story.step(StoryStatus.SUBMITTED, actor(), now, "");
            } else {
                story.touch(now);
            }
            stories.saveAndFlush(story);
            uploads.keep();
            replaced.forEach(this::deleteOnCommit);
            auditLog.record(submit ? "STORY_SUBMITTED" : "STORY_DRAFT_SAVED", ENTITY, storyId,
                    (submit ? "Submitted" : "Saved") + " good news story " + storyId + " of "
                    + organisationName(story.organisationId())
                    + (consentForm != null ? "; consent form replaced" : "")
                    + (document != null ? "; story document replaced" : "") + ".");
            return toRecord(story);
        } catch (ChangeRefused refused) {
            auditLog.recordDenied("STORY_REFUSED", ENTITY, storyId, "Refused a change to good news story " + storyId
                    + ": " + refused.getMessage());
            throw refused;
        }
    }

    /** The partner answers the national team's relevance check; the story may then be published. */
    @PreAuthorize(Access.PROVIDER_USER)
    @Transactional
    public StoryRecord answerRelevanceCheck(long storyId, long expectedVersion, String answer) {
        GoodNewsStory story = visible("ANSWER_STORY_RELEVANCE", storyId);
        current(story, expectedVersion);
        requireStatus(story, "answer a relevance check", StoryStatus.RELEVANCE_CHECK);
        String words = required("answer", answer, StoryStep.MAX_NOTE, "your answer to the relevance check");
        story.step(StoryStatus.RELEVANCE_CONFIRMED, actor(), clock.instant(), words);
        stories.saveAndFlush(story);
        auditLog.record("STORY_RELEVANCE_ANSWERED", ENTITY, storyId, "Answered the relevance check of good news story "
                + storyId + " of " + organisationName(story.organisationId()) + ".");
        return toRecord(story);
    }

    /**
     * Consent withdrawn, by the partner on the participant's behalf or by the funder: the story is withdrawn
     * everywhere at once, its text erased and its files deleted from the store (once this commits), so no download or
     * pack can reach them again. The audit line says that it happened, by whom and when, and nothing of the story.
     */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    @Transactional
    public StoryRecord withdrawConsent(long storyId) {
        GoodNewsStory story = visible("WITHDRAW_STORY_CONSENT", storyId);
        if (story.status() == StoryStatus.WITHDRAWN) {
            throw new ChangeRefused("status", "Consent for this story was already withdrawn; its text and files are "
                    + "gone.");
        }
        List<String> keys = new ArrayList<>();
        if (story.consentForm().storageKey() != null) {
            keys.add(story.consentForm().storageKey());
        }
        if (story.documentKey() != null) {
            keys.add(story.documentKey());
        }
        story.erase();
        story.step(StoryStatus.WITHDRAWN, actor(), clock.instant(), "Consent withdrawn: the story's text and files "
                + "were deleted.");
        stories.saveAndFlush(story);
        keys.forEach(this::deleteOnCommit);
        auditLog.record("STORY_CONSENT_WITHDRAWN", ENTITY, storyId, "Consent withdrawn for good news story " + storyId
                + " of " + organisationName(story.organisationId()) + ": its text was erased and "
                + Plural.of(keys.size(), "file") + " deleted.");
        return toRecord(story);
    }

    // --- the performance manager ---------------------------------------------------------------------------------

    /** Accepts a submitted story, with optional comments for the partner. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public StoryRecord accept(long storyId, long expectedVersion, String comments) {
        GoodNewsStory story = visible("ACCEPT_STORY", storyId);
        current(story, expectedVersion);
        requireStatus(story, "accept it", StoryStatus.SUBMITTED);
        requireUsableConsent(story);
        return move(story, StoryStatus.ACCEPTED, optional("comments", comments), "STORY_ACCEPTED", "Accepted");
    }

    /** Returns a submitted (or accepted) story to the partner; the comments say what to change. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public StoryRecord returnWithComments(long storyId, long expectedVersion, String comments) {
        GoodNewsStory story = visible("RETURN_STORY", storyId);
        current(story, expectedVersion);
        requireStatus(story, "return it", StoryStatus.SUBMITTED, StoryStatus.ACCEPTED);
        String words = required("comments", comments, StoryStep.MAX_NOTE, "what the partner should change");
        return move(story, StoryStatus.RETURNED, words, "STORY_RETURNED", "Returned with comments");
    }

    /**
     * Forwards the story to the national team: recorded with who and when; the pack (story and consent form together,
     * one pair) is then downloaded with {@link #writePack}.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public StoryRecord forward(long storyId, long expectedVersion) {
        GoodNewsStory story = visible("FORWARD_STORY", storyId);
        current(story, expectedVersion);
        requireStatus(story, "forward it", StoryStatus.SUBMITTED, StoryStatus.ACCEPTED);
        requireUsableConsent(story);
        return move(story, StoryStatus.FORWARDED, "", "STORY_FORWARDED", "Forwarded to the national team");
    }

    /** Records the national team's relevance check, in their words, for the partner to answer. */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public StoryRecord requestRelevanceCheck(long storyId, long expectedVersion, String question) {
        GoodNewsStory story = visible("REQUEST_STORY_RELEVANCE", storyId);
        current(story, expectedVersion);
        requireStatus(story, "request a relevance check", StoryStatus.FORWARDED);
        requireUsableConsent(story);
        String words = required("question", question, StoryStep.MAX_NOTE, "the national team's question");
        return move(story, StoryStatus.RELEVANCE_CHECK, words, "STORY_RELEVANCE_REQUESTED",
                "Requested a relevance check of");
    }

    /**
     * Records where and when the story was used. Only after the partner confirmed its relevance, only for a use the
     * consent form allows, and only while the consent has not expired on that day. A story used again is recorded
     * again.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public StoryRecord markPublished(long storyId, long expectedVersion, ConsentUse use, String where,
                                     LocalDate usedOn) {
        GoodNewsStory story = visible("PUBLISH_STORY", storyId);
        current(story, expectedVersion);
        requireStatus(story, "record where it was used (the partner must confirm its relevance first)",
                StoryStatus.RELEVANCE_CONFIRMED, StoryStatus.PUBLISHED);
        String place = required("where", where, GoodNewsStory.MAX_WHERE, "where the story was used");
        if (usedOn.isAfter(today())) {
            throw new ChangeRefused("usedOn", "The date it was used cannot be in the future.");
        }
        if (!story.consentForm().uses().contains(use)) {
            throw new ChangeRefused("use", "The consent form does not allow " + use.label().toLowerCase(
                    DateFormats.LOCALE) + "; it allows " + uses(story) + ".");
        }
        LocalDate expires = story.consentForm().expiresOn();
        if (expires != null && usedOn.isAfter(expires)) {
            throw new ChangeRefused("usedOn", "The consent expired on " + DateFormats.date(expires)
                    + ": the story cannot have been used after that.");
        }
        story.published(use, place, usedOn);
        return move(story, StoryStatus.PUBLISHED, use.label() + ": " + place + ", " + DateFormats.date(usedOn),
                "STORY_PUBLISHED", "Recorded the publication of");
    }

    /**
     * Streams the forwarding pack as a ZIP: the story as text, the completed template if there is one, and the
     * consent form, together as one pair. Refused once consent is withdrawn or expired; each download is audited.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public String writePack(long storyId, OutputStream out) throws IOException {
        GoodNewsStory story = visible("DOWNLOAD_STORY_PACK", storyId);
        String consentKey = story.consentForm().storageKey();
        StoryFile consent = story.consentForm().file();
        if (story.status() == StoryStatus.WITHDRAWN || consentKey == null || consent == null) {
            throw tenantScope.refuse("DOWNLOAD_STORY_PACK", ENTITY, storyId, "consent withdrawn: the pack is gone");
        }
        requireStatus(story, "download its pack (forward it first)", StoryStatus.FORWARDED,
                StoryStatus.RELEVANCE_CHECK, StoryStatus.RELEVANCE_CONFIRMED, StoryStatus.PUBLISHED);
        requireUsableConsent(story);
        String name = "good-news-story-" + storyId + ".zip";
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("story-" + storyId + ".txt"));
            zip.write(packText(story).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            StoryFile document = story.document();
            String documentKey = story.documentKey();
            if (document != null && documentKey != null) {
                zip.putNextEntry(new ZipEntry("story-" + storyId + "-template-" + document.fileName()));
                copy(documentKey, zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("story-" + storyId + "-consent-" + consent.fileName()));
            copy(consentKey, zip);
            zip.closeEntry();
        }
        auditLog.record("STORY_PACK_DOWNLOADED", ENTITY, storyId, "Downloaded the forwarding pack of good news story "
                + storyId + " of " + organisationName(story.organisationId()) + ".");
        return name;
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private void check(StoryDraft draft, boolean hasDocument) {
        required("title", draft.title(), GoodNewsStory.MAX_TITLE, "a title");
        required("summary", draft.summary(), GoodNewsStory.MAX_SUMMARY, "a short summary");
        required("pseudonym", draft.pseudonym(), GoodNewsStory.MAX_PSEUDONYM,
                "a pseudonym for the participant (not their real name)");
        if (draft.body().strip().length() > GoodNewsStory.MAX_BODY) {
            throw new ChangeRefused("body", "The story is " + draft.body().strip().length() + " characters long; it "
                    + "may be at most " + GoodNewsStory.MAX_BODY + ". Shorten it, or upload the completed story "
                    + "template instead.");
        }
        if (draft.body().isBlank() && !hasDocument) {
            throw new ChangeRefused("body", "Write the story, or upload the completed story template, or both.");
        }
        LocalDate today = today();
        if (draft.consentSignedOn().isAfter(today)) {
            throw new ChangeRefused("consentSignedOn", "The consent form's date cannot be in the future.");
        }
        if (draft.consentUses().isEmpty()) {
            throw new ChangeRefused("consentUses", "Tick what the consent form allows: internal use, publicity, "
                    + "media or ministerial use.");
        }
        LocalDate expires = draft.consentExpiresOn();
        if (expires != null && !expires.isAfter(draft.consentSignedOn())) {
            throw new ChangeRefused("consentExpiresOn", "The consent's expiry must be after the date it was signed.");
        }
        if (expires != null && expires.isBefore(today)) {
            throw new ChangeRefused("consentExpiresOn", "The consent expired on " + DateFormats.date(expires)
                    + ": the story cannot be used. Ask the participant to sign a new consent form.");
        }
    }

    private void attachConsentForm(GoodNewsStory story, StoryUpload upload, StoredUploads uploads,
                                   @Nullable Long storyId) {
        CheckedFile checked = checkFile("consentForm", upload);
        String sha256 = sha256(upload);
        stories.findByConsentFormSha256(sha256).filter(other -> !Objects.equals(other.getId(), storyId))
                .ifPresent(other -> {
                    throw new ChangeRefused("consentForm", "“" + upload.fileName() + "” is the same file as the "
                            + "consent form of another story: a consent form belongs to one story only. Upload this "
                            + "participant's own signed consent form.");
                });
        StoredFile stored = uploads.put(upload.file());
        story.consentForm().file(checked.fileName(), stored.key(), checked.mediaType(), checked.size(), sha256);
    }

    private void attachDocument(GoodNewsStory story, StoryUpload upload, StoredUploads uploads) {
        CheckedFile checked = checkFile("document", upload);
        if (sha256(upload).equals(story.consentForm().sha256())) {
            throw new ChangeRefused("document", "“" + upload.fileName() + "” is the consent form: upload the "
                    + "completed story template as the story document.");
        }
        StoredFile stored = uploads.put(upload.file());
        story.document(checked.fileName(), stored.key(), checked.mediaType(), checked.size());
    }

    /** The case record checks (name, size, type by content), the refusal naming the story's field. */
    private CheckedFile checkFile(String field, StoryUpload upload) {
        try {
            return submissions.checkFile(new CaseFileUpload(upload.fileName(), upload.file()));
        } catch (ChangeRefused refused) {
            throw new ChangeRefused(field, refused.getMessage());
        }
    }

    private void requireUsableConsent(GoodNewsStory story) {
        if (expired(story, today())) {
            throw new ChangeRefused("consentExpiresOn", "The participant's consent expired on "
                    + DateFormats.date(Objects.requireNonNull(story.consentForm().expiresOn())) + ": the story can no "
                    + "longer be used. Ask the partner for a new consent form, or withdraw the story.");
        }
    }

    private static void requireStatus(GoodNewsStory story, String toDo, StoryStatus... allowed) {
        if (!List.of(allowed).contains(story.status())) {
            throw new ChangeRefused("status", "This story is " + story.status().label().toLowerCase(DateFormats.LOCALE)
                    + ": you cannot " + toDo + " now.");
        }
    }

    private static void current(GoodNewsStory story, long expectedVersion) {
        if (story.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(GoodNewsStory.class, story.getId());
        }
    }

    private static String required(String field, String value, int max, String what) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new ChangeRefused(field, "Enter " + what + ".");
        }
        if (text.length() > max) {
            throw new ChangeRefused(field, "This is " + text.length() + " characters long; it may be at most " + max
                    + ".");
        }
        return text;
    }

    private static String optional(String field, String value) {
        String text = value.strip();
        if (text.length() > StoryStep.MAX_NOTE) {
            throw new ChangeRefused(field, "This is " + text.length() + " characters long; it may be at most "
                    + StoryStep.MAX_NOTE + ".");
        }
        return text;
    }

    private StoryRecord move(GoodNewsStory story, StoryStatus next, String note, String action, String verb) {
        story.step(next, actor(), clock.instant(), note);
        stories.saveAndFlush(story);
        long id = Objects.requireNonNull(story.getId());
        auditLog.record(action, ENTITY, id, verb + " good news story " + id + " of "
                + organisationName(story.organisationId()) + ".");
        events.publishEvent(new StoryMoved(id, story.organisationId(), next, story.steps().size()));
        return toRecord(story);
    }

    // --- plumbing ------------------------------------------------------------------------------------------------

    private GoodNewsStory visible(String operation, long storyId) {
        GoodNewsStory story = stories.findById(storyId).orElse(null);
        if (story == null || !tenantScope.canSee(story.organisationId())) {
            throw tenantScope.refuse(operation, ENTITY, storyId, "belongs to another organisation or does not exist");
        }
        PortalIdentity me = currentUser.require();
        if (!me.hasRole(Role.PROVIDER_USER) && story.status() == StoryStatus.DRAFT) {
            throw tenantScope.refuse(operation, ENTITY, storyId, "a draft is the partner's own until submitted");
        }
        return story;
    }

    private static boolean expired(GoodNewsStory story, LocalDate today) {
        LocalDate expires = story.consentForm().expiresOn();
        return story.status() != StoryStatus.WITHDRAWN && expires != null && expires.isBefore(today);
    }

    private static String uses(GoodNewsStory story) {
        return String.join(", ", story.consentForm().uses().stream()
                .map(use -> use.label().toLowerCase(DateFormats.LOCALE)).toList());
    }

    private String packText(GoodNewsStory story) {
        var text = new StringBuilder();
        text.append("Good news story ").append(story.getId()).append('\n')
                .append("Organisation: ").append(organisationName(story.organisationId())).append('\n')
                .append("Programme: ").append(story.programmeName()).append('\n')
                .append("Title: ").append(story.title()).append('\n')
                .append("Participant (pseudonym): ").append(story.pseudonym()).append('\n')
                .append("Consent signed on: ").append(DateFormats.date(story.consentForm().signedOn())).append('\n')
                .append("Consent allows: ").append(uses(story)).append('\n');
        LocalDate expires = story.consentForm().expiresOn();
        text.append("Consent expires: ").append(expires == null ? "no expiry" : DateFormats.date(expires))
                .append("\n\nSummary\n").append(story.summary()).append("\n\nStory\n")
                .append(story.body().isBlank() ? "(in the completed story template)" : story.body()).append('\n');
        return text.toString();
    }

    private void copy(String key, OutputStream out) throws IOException {
        try (InputStream in = store.open(key)) {
            in.transferTo(out);
        }
    }

    private static String sha256(StoryUpload upload) {
        try (var in = new DigestInputStream(Files.newInputStream(upload.file()), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + upload.fileName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteOnCommit(String key) {
        StoredUploads.deleteAfterCommit(store, key);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }

    private String actor() {
        return currentUser.identity().map(PortalIdentity::displayName).orElseGet(currentUser::actingName);
    }

    private String organisationName(long organisationId) {
        return organisations.findOrganisation(organisationId).name();
    }

    private StoryRecord toRecord(GoodNewsStory story) {
        return new StoryRecord(Objects.requireNonNull(story.getId()), story.getVersion(), story.organisationId(),
                organisationName(story.organisationId()), story.programmeName(), story.status(), story.title(),
                story.summary(), story.body(), story.pseudonym(), story.month(), story.consentForm().signedOn(),
                story.consentForm().uses(), story.consentForm().expiresOn(), expired(story, today()),
                story.consentForm().file(), story.document(), story.publishedUse(), story.publishedWhere(),
                story.publishedOn(), story.steps().stream().map(step -> new StoryRecord.Step(step.status(),
                step.byName(), step.at(), step.note())).toList());
    }
}
