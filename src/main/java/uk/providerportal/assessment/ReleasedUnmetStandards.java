package uk.providerportal.assessment;

import java.util.List;

/**
 * A released case's unmet standards as its provider is given them (issue 12's monthly performance report): each with
 * its standing outcome (a quality manager's amendment, else the moderator's change, else the assessor's), its
 * customer impact and note. Never moderation or amendment reasons.
 */
public record ReleasedUnmetStandards(long caseId, List<CaseCommentary.UnmetStandard> unmet) {

    public ReleasedUnmetStandards {
        unmet = List.copyOf(unmet);
    }
}
