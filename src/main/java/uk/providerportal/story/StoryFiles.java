package uk.providerportal.story;

import org.springframework.stereotype.Component;
import uk.providerportal.storage.FileOwnership;

/** The store sweep asks here: a consent form or story document whose story row names it is never swept. */
@Component
class StoryFiles implements FileOwnership {

    private final GoodNewsStoryRepository stories;

    StoryFiles(GoodNewsStoryRepository stories) {
        this.stories = stories;
    }

    @Override
    public boolean owns(String key) {
        return stories.existsByConsentFormStorageKeyOrDocumentKey(key, key);
    }
}
