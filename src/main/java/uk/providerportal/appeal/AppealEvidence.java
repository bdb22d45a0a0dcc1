package uk.providerportal.appeal;

import java.time.Instant;

/** An evidence file of one appealed standard: stored under a generated key, with who uploaded it and when. */
public record AppealEvidence(long id, long caseId, long standardVersionId, String fileName, String mediaType,
                             long size, String uploadedBy, Instant uploadedAt) {
}
