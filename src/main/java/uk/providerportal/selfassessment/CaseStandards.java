package uk.providerportal.selfassessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.ScorecardStandards;
import uk.providerportal.base.DateFormats;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.standard.CatalogueEntry;
import uk.providerportal.standard.StandardsService;

/**
 * Which standards a case's self-assessment asks about: those its assessor scores it against. Once the assessor has
 * started the case, exactly its scorecard's standards (fixed on the assessment date); before that, the standards in
 * force for the case's programme on the day the case was filed (UK time), which are the scorecard's too unless the
 * catalogue changes between filing and the start of the assessment.
 */
@Component
class CaseStandards {

    /** A case's standards in code order, and the date whose catalogue they come from. */
    record Of(LocalDate on, boolean fromScorecard, List<CatalogueEntry> entries) {

        Map<String, CatalogueEntry> byCode() {
            Map<String, CatalogueEntry> byCode = new LinkedHashMap<>();
            entries.forEach(entry -> byCode.put(entry.standard().code(), entry));
            return byCode;
        }

        static Of none(LocalDate on) {
            return new Of(on, false, List.of());
        }
    }

    private final AssessmentService assessments;
    private final StandardsService standards;
    private final OrganisationService organisations;

    CaseStandards(AssessmentService assessments, StandardsService standards, OrganisationService organisations) {
        this.assessments = assessments;
        this.standards = standards;
        this.organisations = organisations;
    }

    /** A lookup for one service call: it reads each programme and each day's catalogue once, however many cases. */
    Lookup lookup() {
        return new Lookup();
    }

    static LocalDate filedOn(CaseSummary summary) {
        return LocalDate.ofInstant(summary.submittedAt(), DateFormats.ZONE);
    }

    final class Lookup {
        private final Map<Long, Long> programmes = new HashMap<>();
        private final Map<String, List<CatalogueEntry>> catalogues = new HashMap<>();

        Of of(CaseSummary summary) {
            Optional<ScorecardStandards> scorecard = assessments.scorecardStandards(summary.id());
            if (scorecard.isPresent()) {
                List<Long> ids = scorecard.get().standardVersionIds();
                Map<Long, CatalogueEntry> byId = standards.versions(ids);
                return new Of(scorecard.get().assessedOn(), true, ids.stream()
                        .map(id -> Objects.requireNonNull(byId.get(id), "standard version " + id)).toList());
            }
            long programmeId = programmes.computeIfAbsent(summary.organisationId(),
                    organisation -> organisations.findOrganisation(organisation).programmeId());
            LocalDate on = filedOn(summary);
            return new Of(on, false, catalogues.computeIfAbsent(programmeId + "/" + on,
                    key -> standards.catalogueVersions(programmeId, on)));
        }
    }
}
