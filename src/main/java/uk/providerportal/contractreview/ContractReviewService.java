package uk.providerportal.contractreview;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.TenantScope;

/**
 * The contract performance reviews feature's API (issue 15, item 8). A quality manager, as performance manager,
 * schedules a contract's monthly review (the partner's management information is then due a set number of working
 * days before the meeting, in its nation) and records it with notes and agreed actions, which flow into the contract's
 * action plan through {@link ContractReviewHeld}. Both sides download the review pack, built from what every feature
 * contributes; a partner reaches only its own organisation's reviews.
 */
@Service
@Transactional(readOnly = true)
public class ContractReviewService {

    static final String ENTITY = "ContractReview";

    private final ContractReviewRepository reviews;
    private final List<ReviewPackContributor> contributors;
    private final ReviewPack pack;
    private final OrganisationService organisations;
    private final WorkingDayCalendar workingDays;
    private final TenantScope tenantScope;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int informationWorkingDays;

    ContractReviewService(ContractReviewRepository reviews, List<ReviewPackContributor> contributors, ReviewPack pack,
                          OrganisationService organisations, WorkingDayCalendar workingDays, TenantScope tenantScope,
                          CurrentUser currentUser, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
                          @Value("${portal.reviews.information-working-days-before:5}") int informationWorkingDays) {
        this.reviews = reviews;
        this.contributors = contributors;
        this.pack = pack;
        this.organisations = organisations;
        this.workingDays = workingDays;
        this.tenantScope = tenantScope;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.informationWorkingDays = informationWorkingDays;
    }

    /** The organisation's reviews, newest month first. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public List<ContractReviewRecord> reviews(long organisationId) {
        tenantScope.checkVisible("LIST_CONTRACT_REVIEWS", "Organisation", organisationId, organisationId);
        return reviews.findByOrganisationIdOrderByReviewMonthDesc(organisationId).stream().map(this::toRecord)
                .toList();
    }

    /** One review; another organisation's is "not found", the refusal audited. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    public ContractReviewRecord review(long reviewId) {
        return toRecord(visible("READ_CONTRACT_REVIEW", reviewId));
    }

    /**
     * Schedules (or moves) the review of the organisation's month: the meeting date (not in the past) and who is
     * invited. The management information is due {@code portal.reviews.information-working-days-before} working days
     * before the meeting, counted in the organisation's nation.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public ContractReviewRecord schedule(long organisationId, YearMonth month, LocalDate meetingOn,
                                         String attendees) {
        OrganisationSummary organisation = organisations.findOrganisation(organisationId);
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        if (meetingOn.isBefore(today)) {
            throw new ChangeRefused("meetingOn", "The meeting date cannot be in the past.");
        }
        if (month.isAfter(YearMonth.from(meetingOn))) {
            throw new ChangeRefused("month", "A review looks back: the month reviewed cannot be after the meeting.");
        }
        checkLength("attendees", attendees, ContractReview.MAX_ATTENDEES);
        ContractReview review = reviews.findByOrganisationIdAndReviewMonth(organisationId, month.atDay(1))
                .orElseGet(() -> new ContractReview(organisationId, month));
        if (review.held()) {
            throw new ChangeRefused("meetingOn", "The review of " + DateFormats.month(month) + " was held and "
                    + "recorded; it cannot be moved.");
        }
        LocalDate due = informationDue(organisation.nation(), meetingOn);
        review.schedule(meetingOn, due, attendees, actor(), clock.instant());
        reviews.saveAndFlush(review);
        long id = Objects.requireNonNull(review.getId());
        auditLog.record("CONTRACT_REVIEW_SCHEDULED", ENTITY, id, "Scheduled the contract performance review of "
                + organisation.name() + " for " + DateFormats.month(month) + " on " + DateFormats.date(meetingOn)
                + "; management information due by " + DateFormats.date(due) + ".");
        events.publishEvent(new ContractReviewScheduled(id, organisationId, month, meetingOn, due));
        return toRecord(review);
    }

    /**
     * Records the meeting: attendees, notes and the agreed actions (each with what, owner and a due date), which the
     * action plan takes up. {@code expectedVersion} guards against a newer record by someone else.
     */
    @PreAuthorize(Access.QUALITY_MANAGER)
    @Transactional
    public ContractReviewRecord record(long reviewId, long expectedVersion, String attendees, String notes,
                                       List<AgreedAction> actions) {
        ContractReview review = visible("RECORD_CONTRACT_REVIEW", reviewId);
        if (review.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ContractReview.class, reviewId);
        }
        if (review.held()) {
            throw new ChangeRefused("notes", "This review was already recorded.");
        }
        if (attendees.isBlank()) {
            throw new ChangeRefused("attendees", "Enter who attended.");
        }
        checkLength("attendees", attendees, ContractReview.MAX_ATTENDEES);
        checkLength("notes", notes, ContractReview.MAX_NOTES);
        List<AgreedAction> agreed = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            AgreedAction action = actions.get(i);
            String which = "Agreed action " + (i + 1) + ": ";
            if (action.what().isBlank() || action.owner().isBlank()) {
                throw new ChangeRefused("actions", which + "enter what is to be done and who owns it.");
            }
            if (action.what().strip().length() > ContractReview.Action.MAX_WHAT || action.owner().strip().length()
                    > 200) {
                throw new ChangeRefused("actions", which + "the action may be at most "
                        + ContractReview.Action.MAX_WHAT + " characters and its owner at most 200.");
            }
            agreed.add(new AgreedAction(action.what().strip(), action.owner().strip(), action.dueOn()));
        }
        Instant now = clock.instant();
        review.record(attendees, notes, agreed, actor(), now);
        reviews.saveAndFlush(review);
        auditLog.record("CONTRACT_REVIEW_RECORDED", ENTITY, reviewId, "Recorded the contract performance review of "
                + organisationName(review.organisationId()) + " for " + DateFormats.month(review.month()) + ": "
                + Plural.of(agreed.size(), "agreed action") + ".");
        events.publishEvent(new ContractReviewHeld(reviewId, review.organisationId(), review.month(),
                review.meetingOn(), agreed));
        return toRecord(review);
    }

    /** Streams the review pack as a PDF; each download is audited. Returns the file name. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    @Transactional
    public String writePackPdf(long reviewId, OutputStream out) throws IOException {
        ContractReviewRecord review = toRecord(visible("DOWNLOAD_REVIEW_PACK", reviewId));
        pack.pdf(pack.xhtml(review, sections(review), clock.instant()), out);
        auditLog.record("REVIEW_PACK_DOWNLOADED", ENTITY, reviewId, "Downloaded the review pack (PDF) of "
                + review.organisationName() + " for " + DateFormats.month(review.month()) + ".");
        return review.packFileName("pdf");
    }

    /** Streams the review pack as an Excel workbook, a sheet per agenda item; each download is audited. */
    @PreAuthorize(Access.PROVIDER_OR_QUALITY_MANAGER)
    @Transactional
    public String writePackWorkbook(long reviewId, OutputStream out) throws IOException {
        ContractReviewRecord review = toRecord(visible("DOWNLOAD_REVIEW_PACK", reviewId));
        pack.workbook(review, sections(review), out);
        auditLog.record("REVIEW_PACK_DOWNLOADED", ENTITY, reviewId, "Downloaded the review pack (Excel) of "
                + review.organisationName() + " for " + DateFormats.month(review.month()) + ".");
        return review.packFileName("xlsx");
    }

    /** The pack's sections from every contributing feature, in agenda order. */
    List<PackSection> sections(ContractReviewRecord review) {
        List<PackSection> sections = new ArrayList<>();
        contributors.forEach(c -> sections.addAll(c.sections(review.organisationId(), review.month())));
        sections.sort(java.util.Comparator.comparing(PackSection::item));
        return sections;
    }

    /** The working day {@code informationWorkingDays} before the meeting, in the nation's calendar. */
    LocalDate informationDue(Nation nation, LocalDate meetingOn) {
        LocalDate date = meetingOn;
        for (int counted = 0; counted < informationWorkingDays; ) {
            date = date.minusDays(1);
            if (workingDays.isWorkingDay(nation, date)) {
                counted++;
            }
        }
        return date;
    }

    private static void checkLength(String field, String text, int max) {
        if (text.strip().length() > max) {
            throw new ChangeRefused(field, "This is " + text.strip().length() + " characters long; it may be at most "
                    + max + ".");
        }
    }

    private ContractReview visible(String operation, long reviewId) {
        ContractReview review = reviews.findById(reviewId).orElse(null);
        if (review == null || !tenantScope.canSee(review.organisationId())) {
            throw tenantScope.refuse(operation, ENTITY, reviewId, "belongs to another organisation or does not exist");
        }
        return review;
    }

    private String actor() {
        return currentUser.identity().map(PortalIdentity::displayName).orElseGet(currentUser::actingName);
    }

    private String organisationName(long organisationId) {
        return organisations.findOrganisation(organisationId).name();
    }

    private ContractReviewRecord toRecord(ContractReview review) {
        return new ContractReviewRecord(Objects.requireNonNull(review.getId()), review.getVersion(),
                review.organisationId(), organisationName(review.organisationId()), review.month(),
                review.meetingOn(), review.informationDueOn(), review.attendees(), review.notes(), review.held(),
                review.actions(), review.scheduledByName(), review.scheduledAt(), review.recordedByName(),
                review.recordedAt());
    }
}
