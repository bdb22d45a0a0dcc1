package uk.providerportal.contractreview;

import java.time.YearMonth;
import java.util.List;

/**
 * A feature's part of the review pack. It is asked inside the pack download, as the person downloading (so its own
 * service's access rules apply), for the organisation and the month reviewed.
 */
public interface ReviewPackContributor {

    List<PackSection> sections(long organisationId, YearMonth month);
}
