package uk.providerportal.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoodNewsStoryRepository extends JpaRepository<GoodNewsStory, Long> {

    List<GoodNewsStory> findByOrganisationIdOrderByIdDesc(long organisationId);

    /** The funder's lists: every story but the partners' drafts. */
    List<GoodNewsStory> findByStatusNotOrderByIdDesc(StoryStatus excluded);

    List<GoodNewsStory> findByOrganisationIdAndStatusNotOrderByIdDesc(long organisationId, StoryStatus excluded);

    Optional<GoodNewsStory> findByConsentFormSha256(String sha256);

    List<GoodNewsStory> findByLastUsedAtBefore(Instant before);

    boolean existsByConsentFormStorageKeyOrDocumentKey(String consentKey, String documentKey);
}
