package uk.providerportal.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import uk.providerportal.Fixtures;
import uk.providerportal.MutableClock;
import uk.providerportal.PortalTest;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.storage.FileStore;

/**
 * Good news stories on the database (issue 14): no story without its own consent form, withdrawal that leaves no
 * words or files behind, tenant isolation, the review cycle with its pack and notices, consent expiry, stale saves,
 * the tracker and retention. The database and the file store are shared with every other IT in the JVM, so each test
 * looks only at its own partners, stories and store keys, and every consent form is a PDF of its own bytes.
 */
@PortalTest
class StoryServiceIT {

    static final String QUALITY_MANAGER = "helen.carter";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Fixtures fixtures;
    @Autowired SignInAs signInAs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired StoryService stories;
    @Autowired StoryRetention retention;
    @Autowired StoryRetentionJob retentionJob;
    @Autowired FileStore store;

    final List<Path> files = new ArrayList<>();
    LocalDate today;
    String token;

    @BeforeEach
    void pinToday() {
        clock.reset();
        today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        fixtures.today(today.toString());
        token = "T" + NEXT.incrementAndGet() + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    // --- what the tests act on -----------------------------------------------------------------------------

    /** A small real PDF with bytes of its own, so its content hash is never another story's consent form's. */
    Path pdf(String label) throws Exception {
        Path file = Files.createTempFile("story-" + label, ".pdf");
        files.add(file);
        Files.writeString(file, "%PDF-1.4\n% " + label + " " + UUID.randomUUID()
                + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        return file;
    }

    StoryUpload consent() throws Exception {
        return new StoryUpload("consent-form.pdf", pdf("consent"));
    }

    StoryUpload document() throws Exception {
        return new StoryUpload("story-template.pdf", pdf("template"));
    }

    String title() {
        return "From debt to a fresh start " + token + "-title";
    }

    String summary() {
        return "Cleared three debts with our adviser " + token + "-summary";
    }

    String body() {
        return "She came to us with three debts and left with a plan " + token + "-body";
    }

    String pseudonym() {
        return "Participant " + token + "-pseudonym";
    }

    StoryDraft draft(Set<ConsentUse> uses, @Nullable LocalDate expires) {
        return new StoryDraft(title(), summary(), body(), pseudonym(), today.minusDays(3), uses, expires);
    }

    StoryDraft draft() {
        return draft(EnumSet.of(ConsentUse.INTERNAL, ConsentUse.PUBLICITY), null);
    }

    StoryRecord submitted(Fixtures.Partner partner, @Nullable StoryUpload document) throws Exception {
        StoryUpload consent = consent();
        return signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), consent, document, true));
    }

    StoryRecord asQualityManager(java.util.concurrent.Callable<StoryRecord> work) throws Exception {
        return signInAs.call(QUALITY_MANAGER, work);
    }

    Set<String> storedKeys() throws Exception {
        Set<String> keys = new HashSet<>();
        store.forEachKey((key, at) -> keys.add(key));
        return keys;
    }

    int storiesOf(long organisationId) {
        return jdbc.queryForObject("select count(*) from good_news_story where organisation_id = ?", Integer.class,
                organisationId);
    }

    String consentKey(long storyId) {
        return jdbc.queryForObject("select consent_key from good_news_story where id = ?", String.class, storyId);
    }

    String documentKey(long storyId) {
        return jdbc.queryForObject("select document_key from good_news_story where id = ?", String.class, storyId);
    }

    /** Every way the story's own words could leak: each field carries the test's token. */
    List<String> words() {
        return List.of(title(), summary(), body(), pseudonym(), token);
    }

    // --- the tests -----------------------------------------------------------------------------------------

    @Test
    void aStoryWithoutAConsentForm_isRefusedNamingTheField_andNothingIsStored() throws Exception {
        var partner = fixtures.partner();
        StoryUpload document = document();
        Set<String> before = storedKeys();

        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), null,
                document, true)))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("consentForm");
                    assertThat(refused.getMessage()).contains("consent form").contains("cannot be saved without one");
                });

        assertThat(storiesOf(partner.id())).isZero();
        Set<String> added = storedKeys();
        added.removeAll(before);
        assertThat(added).as("files stored by the refused story").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'STORY_REFUSED'"
                + " and actor_user_id = ? and outcome = 'DENIED'", Integer.class, fixtures.userId(partner.provider())))
                .isEqualTo(1);
    }

    @Test
    void theSameConsentFormUnderAnotherName_forASecondStory_isRefused_andNothingIsStored() throws Exception {
        var partner = fixtures.partner();
        StoryUpload first = consent();
        signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), first, null, true));
        Path copy = Files.createTempFile("another-name", ".pdf");
        files.add(copy);
        Files.copy(first.file(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StoryUpload again = new StoryUpload("signed-form-scan.pdf", copy);
        StoryUpload document = document();
        Set<String> before = storedKeys();

        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), again,
                document, true)))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("consentForm");
                    assertThat(refused.getMessage()).contains("“signed-form-scan.pdf”")
                            .contains("a consent form belongs to one story only");
                });
        // nor can a draft of another organisation take it over by replacing its own consent form
        var stranger = fixtures.partner();
        StoryRecord strangersDraft = signInAs.call(stranger.provider(), () -> stories.create(stranger.id(), draft(),
                consent(), null, false));
        Set<String> beforeReplacing = storedKeys();
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> stories.update(strangersDraft.id(),
                strangersDraft.version(), draft(), again, null, false)))
                .isInstanceOfSatisfying(ChangeRefused.class, refused ->
                        assertThat(refused.field()).isEqualTo("consentForm"));

        assertThat(storiesOf(partner.id())).isEqualTo(1);
        Set<String> added = storedKeys();
        added.removeAll(before);
        added.removeAll(beforeReplacing);
        assertThat(added).as("files stored by the refused story and the refused replacement").isEmpty();
    }

    @Test
    void withdrawalOfConsent_deletesTheFiles_refusesEveryDownload_andAuditsWithoutTheStorysWords() throws Exception {
        var partner = fixtures.partner();
        StoryUpload consent = consent();
        StoryUpload document = document();
        StoryRecord story = signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), consent,
                document, true));
        long id = story.id();
        StoryRecord forwarded = asQualityManager(() -> stories.forward(id, story.version()));
        String consentKey = consentKey(id);
        String documentKey = documentKey(id);
        assertThat(store.exists(consentKey)).isTrue();
        assertThat(store.exists(documentKey)).isTrue();
        signInAs.call(QUALITY_MANAGER, () -> stories.writePack(id, new ByteArrayOutputStream()));

        StoryRecord withdrawn = signInAs.call(partner.provider(), () -> stories.withdrawConsent(id));

        assertThat(withdrawn.status()).isEqualTo(StoryStatus.WITHDRAWN);
        assertThat(withdrawn.version()).isGreaterThan(forwarded.version());
        assertThat(List.of(withdrawn.title(), withdrawn.summary(), withdrawn.body(), withdrawn.pseudonym()))
                .allMatch(String::isEmpty);
        assertThat(withdrawn.consentForm()).isNull();
        assertThat(withdrawn.document()).isNull();
        assertThat(store.exists(consentKey)).as("consent form in the store").isFalse();
        assertThat(store.exists(documentKey)).as("story document in the store").isFalse();
        assertThat(jdbc.queryForMap("select title, summary, body, pseudonym, consent_key, document_key, "
                + "consent_file_name, document_file_name from good_news_story where id = ?", id))
                .allSatisfy((column, value) -> assertThat(value).as(column).satisfiesAnyOf(
                        v -> assertThat(v).isNull(), v -> assertThat(v).isEqualTo("")));
        assertThat(jdbc.queryForList("select note from good_news_story_step where story_id = ?", String.class, id))
                .allSatisfy(note -> assertThat(note).doesNotContain(token));

        for (String reader : List.of(partner.provider(), QUALITY_MANAGER)) {
            assertThatThrownBy(() -> signInAs.call(reader, () -> stories.writeConsentForm(id,
                    new ByteArrayOutputStream()))).as(reader + " reading the consent form")
                    .isInstanceOf(ItemNotFoundException.class);
            assertThatThrownBy(() -> signInAs.call(reader, () -> stories.writeDocument(id,
                    new ByteArrayOutputStream()))).as(reader + " reading the story document")
                    .isInstanceOf(ItemNotFoundException.class);
        }
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> stories.writePack(id,
                new ByteArrayOutputStream()))).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> stories.writePack(id,
                new ByteArrayOutputStream()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> stories.withdrawConsent(id)))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("already withdrawn");

        assertThat(jdbc.queryForList("select actor_name from audit_event where action = 'STORY_CONSENT_WITHDRAWN'"
                + " and entity_type = 'GoodNewsStory' and entity_id = ?", String.class, String.valueOf(id)))
                .singleElement().asString().isNotBlank();
        List<String> trail = jdbc.queryForList("select summary from audit_event where entity_type = 'GoodNewsStory'"
                + " and entity_id = ?", String.class, String.valueOf(id));
        assertThat(trail).hasSizeGreaterThanOrEqualTo(3);
        for (String word : words()) {
            assertThat(trail).as("the story's audit trail").noneMatch(line -> line.contains(word));
            assertThat(jdbc.queryForObject("select count(*) from audit_event where summary like ?", Integer.class,
                    "%" + word + "%")).as("audit lines with " + word).isZero();
        }
        // the consent form's hash stays: the same file is still refused for another story
        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(),
                consent, null, true))).isInstanceOfSatisfying(ChangeRefused.class, refused ->
                assertThat(refused.field()).isEqualTo("consentForm"));
    }

    @Test
    void theFunder_canWithdrawConsentToo() throws Exception {
        var partner = fixtures.partner();
        StoryRecord story = submitted(partner, null);
        String consentKey = consentKey(story.id());

        StoryRecord withdrawn = asQualityManager(() -> stories.withdrawConsent(story.id()));

        assertThat(withdrawn.status()).isEqualTo(StoryStatus.WITHDRAWN);
        assertThat(store.exists(consentKey)).isFalse();
        assertThat(signInAs.call(partner.provider(), () -> stories.story(story.id())).status())
                .isEqualTo(StoryStatus.WITHDRAWN);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'STORY_CONSENT_WITHDRAWN'"
                + " and entity_id = ? and actor_user_id = ?", Integer.class, String.valueOf(story.id()),
                fixtures.userId(QUALITY_MANAGER))).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsProvider_cannotList_open_orDownload_aStoryOrItsConsentForm() throws Exception {
        var partner = fixtures.partner();
        var stranger = fixtures.partner();
        StoryRecord story = submitted(partner, document());
        long id = story.id();
        long strangerId = fixtures.userId(stranger.provider());

        assertThat(signInAs.call(stranger.provider(), () -> stories.stories(null)))
                .noneMatch(s -> s.id() == id || s.organisationId() == partner.id());
        assertThat(signInAs.call(stranger.provider(), () -> stories.stories(partner.id())))
                .noneMatch(s -> s.id() == id || s.organisationId() == partner.id());
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> stories.story(id)))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> stories.writeConsentForm(id,
                new ByteArrayOutputStream()))).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> stories.writeDocument(id,
                new ByteArrayOutputStream()))).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> stories.withdrawConsent(id)))
                .isInstanceOf(ItemNotFoundException.class);
        // a story id that does not exist gets the same answer
        assertThatThrownBy(() -> signInAs.call(stranger.provider(), () -> stories.story(Long.MAX_VALUE)))
                .isInstanceOf(ItemNotFoundException.class);

        assertThat(jdbc.queryForList("select action from audit_event where outcome = 'DENIED' and actor_user_id = ?"
                + " and entity_type = 'GoodNewsStory' and entity_id = ?", String.class, strangerId,
                String.valueOf(id))).containsExactlyInAnyOrder("READ_STORY", "READ_CONSENT_FORM",
                "READ_STORY_DOCUMENT", "WITHDRAW_STORY_CONSENT");
        assertThat(store.exists(consentKey(id))).isTrue();
        assertThat(signInAs.call(partner.provider(), () -> stories.story(id)).status())
                .isEqualTo(StoryStatus.SUBMITTED);
        // the partner's own reading works: the refusals were the tenant rule
        var own = new ByteArrayOutputStream();
        StoryFile file = signInAs.call(partner.provider(), () -> stories.writeConsentForm(id, own));
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(own.toString(StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
    }

    @Test
    void aDraft_isThePartnersOwn_untilSubmitted() throws Exception {
        var partner = fixtures.partner();
        StoryUpload consent = consent();
        StoryRecord draft = signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), consent,
                null, false));
        assertThat(draft.status()).isEqualTo(StoryStatus.DRAFT);

        assertThat(signInAs.call(QUALITY_MANAGER, () -> stories.stories(partner.id()))).isEmpty();
        assertThat(signInAs.call(QUALITY_MANAGER, () -> stories.stories(null))).noneMatch(s -> s.id() == draft.id());
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> stories.story(draft.id())))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> stories.writeConsentForm(draft.id(),
                new ByteArrayOutputStream()))).isInstanceOf(ItemNotFoundException.class);
        assertThat(signInAs.call(partner.provider(), () -> stories.stories(null))).extracting(StorySummary::id)
                .containsExactly(draft.id());
    }

    @Test
    void theFullCycle_returnedResubmittedAcceptedForwardedCheckedAndPublished_withNoticesWithoutTheStorysWords()
            throws Exception {
        var partner = fixtures.partner();
        StoryUpload consent = consent();
        byte[] consentBytes = Files.readAllBytes(consent.file());
        StoryRecord submitted = signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), consent,
                null, true));
        long id = submitted.id();
        assertThat(submitted.status()).isEqualTo(StoryStatus.SUBMITTED);
        assertThat(submitted.month()).isEqualTo(YearMonth.from(today));

        StoryRecord returned = asQualityManager(() -> stories.returnWithComments(id, submitted.version(),
                "Say what changed for the participant after the advice."));
        assertThat(returned.status()).isEqualTo(StoryStatus.RETURNED);
        StoryRecord seen = signInAs.call(partner.provider(), () -> stories.story(id));
        assertThat(seen.latestNote(StoryStatus.RETURNED)).contains("Say what changed for the participant after the "
                + "advice.");

        StoryDraft changed = new StoryDraft(title(), summary(), body() + " She now budgets every week.", pseudonym(),
                today.minusDays(3), EnumSet.of(ConsentUse.INTERNAL, ConsentUse.PUBLICITY), null);
        StoryRecord resubmitted = signInAs.call(partner.provider(), () -> stories.update(id, seen.version(), changed,
                null, null, true));
        assertThat(resubmitted.status()).isEqualTo(StoryStatus.SUBMITTED);
        assertThat(resubmitted.body()).endsWith("She now budgets every week.");

        StoryRecord accepted = asQualityManager(() -> stories.accept(id, resubmitted.version(), "Thank you."));
        assertThat(accepted.status()).isEqualTo(StoryStatus.ACCEPTED);
        StoryRecord forwarded = asQualityManager(() -> stories.forward(id, accepted.version()));
        assertThat(forwarded.status()).isEqualTo(StoryStatus.FORWARDED);
        assertThat(forwarded.steps().getLast().byName()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'STORY_FORWARDED'"
                + " and entity_id = ? and actor_user_id = ?", Integer.class, String.valueOf(id),
                fixtures.userId(QUALITY_MANAGER))).isEqualTo(1);

        var pack = new ByteArrayOutputStream();
        String packName = signInAs.call(QUALITY_MANAGER, () -> stories.writePack(id, pack));
        assertThat(packName).isEqualTo("good-news-story-" + id + ".zip");
        Map<String, byte[]> entries = unzip(pack.toByteArray());
        assertThat(entries).containsOnlyKeys("story-" + id + ".txt", "story-" + id + "-consent-consent-form.pdf");
        assertThat(new String(entries.get("story-" + id + ".txt"), StandardCharsets.UTF_8)).contains(title())
                .contains(summary()).contains("She now budgets every week.").contains(pseudonym())
                .contains("Consent allows: internal use, publicity");
        assertThat(entries.get("story-" + id + "-consent-consent-form.pdf")).isEqualTo(consentBytes);

        StoryRecord checking = asQualityManager(() -> stories.requestRelevanceCheck(id, forwarded.version(),
                "Is the participant happy to be quoted in the newsletter?"));
        assertThat(checking.status()).isEqualTo(StoryStatus.RELEVANCE_CHECK);
        StoryRecord confirmed = signInAs.call(partner.provider(), () -> stories.answerRelevanceCheck(id,
                checking.version(), "Yes, she confirmed it again this week."));
        assertThat(confirmed.status()).isEqualTo(StoryStatus.RELEVANCE_CONFIRMED);

        assertThatThrownBy(() -> asQualityManager(() -> stories.markPublished(id, confirmed.version(),
                ConsentUse.MEDIA, "Local radio", today)))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("use");
                    assertThat(refused.getMessage()).contains("does not allow media");
                });
        StoryRecord published = asQualityManager(() -> stories.markPublished(id, confirmed.version(),
                ConsentUse.PUBLICITY, "The funder's December newsletter", today));
        assertThat(published.status()).isEqualTo(StoryStatus.PUBLISHED);
        assertThat(published.publishedUse()).isEqualTo(ConsentUse.PUBLICITY);
        assertThat(published.publishedWhere()).isEqualTo("The funder's December newsletter");
        assertThat(published.publishedOn()).isEqualTo(today);

        List<Map<String, Object>> mails = jdbc.queryForList("select notice_kind, subject, body, recipient_user_id"
                + " from notification_outbox where organisation_id = ? and notice_kind like 'STORY%' order by id",
                partner.id());
        assertThat(mails).extracting(mail -> mail.get("notice_kind")).containsExactly("STORY_RETURNED",
                "STORY_ACCEPTED", "STORY_RELEVANCE_CHECK", "STORY_PUBLISHED");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(((Number) mail.get("recipient_user_id")).longValue())
                    .isEqualTo(fixtures.userId(partner.provider()));
            assertThat((String) mail.get("subject")).contains("Good news story " + id);
            assertThat((String) mail.get("body")).contains("/stories/" + id);
            for (String word : words()) {
                assertThat((String) mail.get("subject")).doesNotContain(word);
                assertThat((String) mail.get("body")).doesNotContain(word);
            }
        });
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void anExpiredConsent_blocksForwardingPublishingAndThePack_andIsFlaggedInTheList() throws Exception {
        var partner = fixtures.partner();
        LocalDate expires = today.plusDays(10);
        StoryUpload first = consent();
        StoryUpload second = consent();
        StoryRecord waiting = signInAs.call(partner.provider(), () -> stories.create(partner.id(),
                draft(EnumSet.allOf(ConsentUse.class), expires), first, null, true));
        StoryRecord created = signInAs.call(partner.provider(), () -> stories.create(partner.id(),
                draft(EnumSet.allOf(ConsentUse.class), expires), second, null, true));
        long id = created.id();
        StoryRecord forwarded = asQualityManager(() -> stories.forward(id, created.version()));
        StoryRecord checking = asQualityManager(() -> stories.requestRelevanceCheck(id, forwarded.version(), "Still "
                + "relevant?"));
        StoryRecord confirmed = signInAs.call(partner.provider(), () -> stories.answerRelevanceCheck(id,
                checking.version(), "Yes."));
        assertThat(confirmed.consentExpired()).isFalse();

        fixtures.today(expires.plusDays(1).toString());
        LocalDate later = expires.plusDays(1);

        assertThatThrownBy(() -> asQualityManager(() -> stories.forward(waiting.id(), waiting.version())))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("consentExpiresOn");
                    assertThat(refused.getMessage()).contains("expired on " + DateFormats.date(expires));
                });
        assertThatThrownBy(() -> asQualityManager(() -> stories.accept(waiting.id(), waiting.version(), "")))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> asQualityManager(() -> stories.markPublished(id, confirmed.version(),
                ConsentUse.PUBLICITY, "Newsletter", later)))
                .isInstanceOfSatisfying(ChangeRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("usedOn");
                    assertThat(refused.getMessage()).contains("expired on " + DateFormats.date(expires));
                });
        assertThatThrownBy(() -> signInAs.call(QUALITY_MANAGER, () -> stories.writePack(id,
                new ByteArrayOutputStream())))
                .isInstanceOfSatisfying(ChangeRefused.class, refused ->
                        assertThat(refused.field()).isEqualTo("consentExpiresOn"));

        assertThat(signInAs.call(QUALITY_MANAGER, () -> stories.stories(partner.id())))
                .extracting(StorySummary::id, StorySummary::consentExpired)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(waiting.id(), true),
                        org.assertj.core.groups.Tuple.tuple(id, true));
        assertThat(signInAs.call(partner.provider(), () -> stories.stories(null)))
                .allMatch(StorySummary::consentExpired);
        assertThat(signInAs.call(QUALITY_MANAGER, () -> stories.story(id)).consentExpired()).isTrue();
        assertThat(signInAs.call(partner.provider(), () -> stories.story(id)).status())
                .isEqualTo(StoryStatus.RELEVANCE_CONFIRMED);
    }

    @Test
    void aRefusedChange_savesNothingOfIt() throws Exception {
        var partner = fixtures.partner();
        StoryUpload consent = consent();
        StoryRecord draft = signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), consent,
                null, false));
        Path words = Files.createTempFile("story-template", ".pdf");
        files.add(words);
        Files.writeString(words, "Just some words, whatever the name says.");
        StoryDraft changed = new StoryDraft("A changed title " + token, "A changed summary", "A changed story",
                pseudonym(), today.minusDays(3), EnumSet.of(ConsentUse.INTERNAL), null);
        Set<String> before = storedKeys();

        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> stories.update(draft.id(), draft.version(),
                changed, null, new StoryUpload("story-template.pdf", words), true)))
                .isInstanceOf(ChangeRefused.class).hasMessageContaining("“story-template.pdf”");

        StoryRecord kept = signInAs.call(partner.provider(), () -> stories.story(draft.id()));
        assertThat(kept.title()).isEqualTo(title());
        assertThat(kept.body()).isEqualTo(body());
        assertThat(kept.consentUses()).containsExactlyInAnyOrder(ConsentUse.INTERNAL, ConsentUse.PUBLICITY);
        assertThat(kept.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(kept.version()).isEqualTo(draft.version());
        Set<String> added = storedKeys();
        added.removeAll(before);
        assertThat(added).isEmpty();
    }

    @Test
    void aSaveWithAStaleVersion_isRefused_andTheNewerSaveStays() throws Exception {
        var partner = fixtures.partner();
        StoryUpload consent = consent();
        StoryRecord draft = signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), consent,
                null, false));
        StoryDraft first = new StoryDraft("First change " + token, summary(), body(), pseudonym(), today.minusDays(3),
                EnumSet.of(ConsentUse.INTERNAL), null);
        StoryDraft second = new StoryDraft("Second change " + token, summary(), body(), pseudonym(),
                today.minusDays(3), EnumSet.of(ConsentUse.INTERNAL), null);
        StoryRecord saved = signInAs.call(partner.provider(), () -> stories.update(draft.id(), draft.version(), first,
                null, null, false));
        assertThat(saved.version()).isGreaterThan(draft.version());

        assertThatThrownBy(() -> signInAs.call(partner.provider(), () -> stories.update(draft.id(), draft.version(),
                second, null, null, true))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        StoryRecord kept = signInAs.call(partner.provider(), () -> stories.story(draft.id()));
        assertThat(kept.title()).isEqualTo("First change " + token);
        assertThat(kept.status()).isEqualTo(StoryStatus.DRAFT);
        assertThat(kept.version()).isEqualTo(saved.version());

        // the performance manager's side keeps to the same rule
        StoryRecord submitted = signInAs.call(partner.provider(), () -> stories.update(draft.id(), saved.version(),
                first, null, null, true));
        asQualityManager(() -> stories.accept(draft.id(), submitted.version(), ""));
        assertThatThrownBy(() -> asQualityManager(() -> stories.returnWithComments(draft.id(), submitted.version(),
                "Too late"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theTracker_countsSentStories_forTheProvidersOwnOrganisation_andEveryOrganisationForTheFunder()
            throws Exception {
        var partner = fixtures.partner();
        var other = fixtures.partner();
        YearMonth month = YearMonth.from(today);
        submitted(partner, null);
        submitted(partner, null);
        StoryUpload draftConsent = consent();
        signInAs.call(partner.provider(), () -> stories.create(partner.id(), draft(), draftConsent, null, false));
        StoryRecord withdrawn = submitted(partner, null);
        signInAs.call(partner.provider(), () -> stories.withdrawConsent(withdrawn.id()));
        submitted(other, null);

        StoryTracker own = signInAs.call(partner.provider(), () -> stories.tracker(month.minusMonths(1),
                month.plusMonths(1)));
        assertThat(own.months()).containsExactly(month.minusMonths(1), month, month.plusMonths(1));
        assertThat(own.rows()).singleElement().satisfies(row -> {
            assertThat(row.organisationId()).isEqualTo(partner.id());
            assertThat(row.sent()).containsExactly(0, 2, 0);
            assertThat(row.published()).containsExactly(0, 0, 0);
            assertThat(row.monthsMeetingGuide()).isEqualTo(1);
        });

        StoryTracker all = signInAs.call(QUALITY_MANAGER, () -> stories.tracker(month, month));
        assertThat(all.rows()).filteredOn(row -> row.organisationId() == partner.id()).singleElement()
                .satisfies(row -> assertThat(row.sent()).containsExactly(2));
        assertThat(all.rows()).filteredOn(row -> row.organisationId() == other.id()).singleElement()
                .satisfies(row -> assertThat(row.sent()).containsExactly(1));
        assertThat(all.rows()).hasSizeGreaterThan(2);
    }

    @Test
    void retention_deletesStoriesLastUsedLongerAgoThanTheRetentionPeriod_withTheirFiles_andAuditsIt()
            throws Exception {
        // Retention acts on every story in the shared database: this is the only test that runs it.
        var partner = fixtures.partner();
        StoryRecord old = submitted(partner, document());
        String consentKey = consentKey(old.id());
        String documentKey = documentKey(old.id());

        fixtures.today(today.plusMonths(25).toString());
        today = today.plusMonths(25);
        StoryRecord recent = submitted(partner, null);
        String recentKey = consentKey(recent.id());

        int deleted = retention.run();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from good_news_story where id = ?", Integer.class,
                old.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from good_news_story_step where story_id = ?", Integer.class,
                old.id())).isZero();
        assertThat(store.exists(consentKey)).isFalse();
        assertThat(store.exists(documentKey)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from good_news_story where id = ?", Integer.class,
                recent.id())).isEqualTo(1);
        assertThat(store.exists(recentKey)).isTrue();
        assertThat(jdbc.queryForList("select summary from audit_event where action = 'STORY_DELETED_BY_RETENTION'"
                + " and entity_type = 'GoodNewsStory' and entity_id = ? and actor_name = ?", String.class,
                String.valueOf(old.id()), StoryRetention.ACTOR)).singleElement().asString()
                .contains("more than 24 months ago").doesNotContain(token);
        // the nightly entry point runs through its ShedLock proxy (nothing more is due)
        retentionJob.deleteExpired();
        assertThat(jdbc.queryForObject("select count(*) from good_news_story where id = ?", Integer.class,
                recent.id())).isEqualTo(1);
    }
}
