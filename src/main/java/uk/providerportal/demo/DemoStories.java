package uk.providerportal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.story.ConsentUse;
import uk.providerportal.story.StoryDraft;
import uk.providerportal.story.StoryRecord;
import uk.providerportal.story.StoryService;
import uk.providerportal.story.StoryUpload;

/**
 * Good news stories at every stage (issue 14), where Northgate has none: one of Northgate's used in the programme
 * newsletter after its relevance check, one waiting for Helen Carter's review and a draft; Midlands Debt Trust's
 * returned with comments; Pathways South East's accepted. Clyde Works has none, so the tracker shows a month below the
 * guide. Each has its own signed consent form (a demo PDF).
 */
@Component
class DemoStories {

    private static final Logger log = LoggerFactory.getLogger(DemoStories.class);
    private static final String MANAGER = "helen.carter";

    private final StoryService stories;
    private final Clock clock;

    DemoStories(StoryService stories, Clock clock) {
        this.stories = stories;
        this.clock = clock;
    }

    void seed(Map<String, OrganisationSummary> byCode, DemoCalibration.AsPerson as) {
        long northgate = byCode.get("NCA").id();
        if (!as.call("priya.shah", () -> stories.stories(northgate)).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        StoryRecord used = as.call("priya.shah", () -> create(northgate, new StoryDraft("From rent arrears to a "
                + "fresh start", "J came to us three months behind on rent and facing eviction; a payment plan and a "
                + "benefits check kept the family in their home.", "J was referred by the housing office after a "
                + "notice of possession. Our adviser checked J's benefits, found an unclaimed entitlement worth £140 "
                + "a month and agreed a payment plan with the landlord. Six weeks later the arrears are falling and "
                + "J says: \"I can open the post again without dreading it.\"", "Customer J", today.minusDays(3),
                Set.of(ConsentUse.INTERNAL, ConsentUse.PUBLICITY), today.plusYears(2)), true, "NCA-1"));
        long id = used.id();
        StoryRecord forwarded = as.call(MANAGER, () -> stories.forward(id, used.version()));
        StoryRecord asked = as.call(MANAGER, () -> stories.requestRelevanceCheck(id, forwarded.version(),
                "The national team would like to use this in the programme newsletter: can the family's town be "
                + "named?"));
        StoryRecord answered = as.call("priya.shah", () -> stories.answerRelevanceCheck(id, asked.version(),
                "Please do not name the town; the rest is fine to use as written."));
        as.call(MANAGER, () -> stories.markPublished(id, answered.version(), ConsentUse.PUBLICITY,
                "Programme newsletter, winter edition", today));
        as.call("priya.shah", () -> create(northgate, new StoryDraft("Back in control of the bills", "M's energy "
                + "debt was written off after a grant application, and M now keeps a monthly budget.", "M had £2,300 of "
                + "energy arrears and a prepayment meter that kept running out. Our adviser helped M apply to the "
                + "supplier's hardship fund; the debt was written off and the meter replaced.", "Customer M",
                today.minusDays(1), Set.of(ConsentUse.INTERNAL, ConsentUse.PUBLICITY, ConsentUse.MEDIA), null), true,
                "NCA-2"));
        as.call("priya.shah", () -> create(northgate, new StoryDraft("A family's first budget", "R and their "
                + "partner wrote their first budget together.", "Draft: to be finished with the adviser's notes.",
                "Customer R", today.minusDays(1), Set.of(ConsentUse.INTERNAL), null), false, "NCA-3"));
        long midlands = byCode.get("MDT").id();
        StoryRecord returned = as.call("gareth.evans", () -> create(midlands, new StoryDraft("Debt-free after two "
                + "years", "S paid off the last of their debts under a plan our advisers set up two years ago.",
                "S first came to us with seven creditors. Two years on, S made the final payment.", "Customer S",
                today.minusDays(5), Set.of(ConsentUse.INTERNAL, ConsentUse.PUBLICITY), null), true, "MDT-1"));
        as.call(MANAGER, () -> stories.returnWithComments(returned.id(), returned.version(), "Please add what S said "
                + "about the advice in their own words, and check the date on the consent form."));
        long pathways = byCode.get("PSE").id();
        StoryRecord accepted = as.call("ade.okafor", () -> create(pathways, new StoryDraft("Into work after a long "
                + "break", "After six years caring for a relative, A started a part-time job in a local library.",
                "A joined the programme unsure where to start. With a work coach, A rebuilt a CV, practised "
                + "interviews and was offered the first job applied for.", "Participant A", today.minusDays(4),
                Set.of(ConsentUse.INTERNAL, ConsentUse.PUBLICITY, ConsentUse.MEDIA, ConsentUse.MINISTERIAL), null),
                true, "PSE-1"));
        as.call(MANAGER, () -> stories.accept(accepted.id(), accepted.version(), "A clear story with a good quote. "
                + "I will forward it at the next round."));
        log.info("Demo good news stories: 6 stories of 3 delivery partners");
    }

    private StoryRecord create(long organisationId, StoryDraft draft, boolean submit, String consentReference) {
        Path consent = null;
        try {
            consent = Files.createTempFile("demo-consent-", ".pdf");
            Files.write(consent, DemoCaseRecord.document(List.of("Participant consent form " + consentReference,
                    "Participant: " + draft.pseudonym() + " (pseudonym)", "Signed: "
                    + DateFormats.date(draft.consentSignedOn()), "", "Demo data: a stand-in for the signed form.")));
            return stories.create(organisationId, draft, new StoryUpload("consent-" + consentReference + ".pdf",
                    consent), null, submit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (consent != null) {
                try {
                    Files.deleteIfExists(consent);
                } catch (IOException ignored) {
                    // a temp file; the system's temp cleaner removes it later
                }
            }
        }
    }
}
