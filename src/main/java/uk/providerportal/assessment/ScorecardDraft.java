package uk.providerportal.assessment;

import java.util.List;

/**
 * A scorecard as the assessor sends it: every answer so far, the commentary, and the version of the scorecard they
 * opened ({@link Scorecard#version()}), so a save over someone else's newer one is refused, not lost.
 */
public record ScorecardDraft(long version, String commentary, List<ScorecardAnswer> answers) {

    public ScorecardDraft {
        answers = List.copyOf(answers);
    }
}
