package uk.providerportal.calibration;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.assessment.CaseCommentary;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.security.Access;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.security.TenantScope;

/**
 * Calibration requests (issue 11, item 9). A provider user asks for a calibration session on one of its
 * organisation's released cases, or on a month's released outcomes as a whole, saying what it wants to discuss; the
 * quality team schedules a session (a UK date and time still ahead, online with an https link or in person at a
 * place) or answers in writing, then closes it. The provider reads only its own organisation's requests; every move
 * is audited against the case (or the request, for a month's outcomes).
 */
@Service
@Transactional(readOnly = true)
public class CalibrationRequestService {

    static final String ENTITY = "CalibrationRequest";
    /** The grid's sortable columns, as entity properties. */
    static final Set<String> SORTABLE = Set.of("requestedAt", "status", "roundMonth", "organisationId");
    static final Sort OLDEST_FIRST = Sort.by("requestedAt");
    static final String READERS = "hasAnyRole('PROVIDER_USER', 'QUALITY_MANAGER', 'ADMIN')";

    private final CalibrationRequestRepository requests;
    private final ModerationService moderation;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final Clock clock;

    CalibrationRequestService(CalibrationRequestRepository requests, ModerationService moderation,
                              OrganisationService organisations, CurrentUser currentUser, TenantScope tenantScope,
                              AuditLog auditLog, Clock clock) {
        this.requests = requests;
        this.moderation = moderation;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // --- the provider asks ------------------------------------------------------------------------------------

    /**
     * Asks for a calibration session on one of the organisation's released cases. Another organisation's case, or
     * one not released yet, is refused (audited) as not found, whatever the id.
     */
    @Transactional
    @PreAuthorize(Access.PROVIDER_USER)
    public CalibrationRequestSummary askAboutCase(long caseId, String topic) {
        CaseCommentary released = moderation.commentary(caseId);
        String text = checkedTopic(topic);
        return ask(caseId, released.reference(), released.round(), text, "case " + released.reference() + " ("
                + DateFormats.month(released.round()) + ")");
    }

    /** Asks for a calibration session on the month's released outcomes as a whole; refused for a month with none. */
    @Transactional
    @PreAuthorize(Access.PROVIDER_USER)
    public CalibrationRequestSummary askAboutMonth(YearMonth month, String topic) {
        if (!moderation.releasedMonths().contains(month)) {
            throw new ChangeRefused("month", "None of your outcomes of " + DateFormats.month(month) + " has been "
                    + "released: choose a month with released outcomes.");
        }
        String text = checkedTopic(topic);
        return ask(null, null, month, text, DateFormats.month(month) + "'s outcomes");
    }

    private CalibrationRequestSummary ask(@Nullable Long caseId, @Nullable String reference, YearMonth month,
                                          String topic, String about) {
        PortalIdentity me = currentUser.require();
        long organisationId = myOrganisation("ASK_CALIBRATION");
        CalibrationRequest request = requests.saveAndFlush(new CalibrationRequest(organisationId, caseId, reference,
                month, topic, me.userId(), me.displayName(), clock.instant()));
        audit("CALIBRATION_REQUESTED", request, "Asked for a calibration session on " + about + ": " + topic);
        return summary(request);
    }

    private static String checkedTopic(@Nullable String topic) {
        String text = topic == null ? "" : topic.strip();
        if (text.isEmpty()) {
            throw new ChangeRefused("topic", "Say what you would like to discuss in the calibration session.");
        }
        if (text.length() > CalibrationRequest.MAX_TOPIC) {
            throw new ChangeRefused("topic", "Keep what you would like to discuss to " + CalibrationRequest.MAX_TOPIC
                    + " characters or fewer: it has " + text.length() + ".");
        }
        return text;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** A page of the provider's organisation's requests, newest first; only those on one case when caseId is set. */
    @PreAuthorize(Access.PROVIDER_USER)
    public List<CalibrationRequestSummary> mine(@Nullable Long caseId, Pageable pageable) {
        long organisationId = myOrganisation("LIST_CALIBRATION_REQUESTS");
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sorted(pageable.getSort(),
                Sort.by(Sort.Direction.DESC, "requestedAt")));
        return page(specification(null, organisationId, caseId, false), page);
    }

    @PreAuthorize(Access.PROVIDER_USER)
    public long countMine(@Nullable Long caseId) {
        return requests.count(specification(null, myOrganisation("LIST_CALIBRATION_REQUESTS"), caseId, false));
    }

    /** The quality team's page of requests, oldest first; open ones only unless a status is chosen. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<CalibrationRequestSummary> requests(CalibrationRequestQuery query, Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sorted(pageable.getSort(),
                OLDEST_FIRST));
        return page(specification(query.status(), query.organisationId(), query.caseId(), query.caseId() == null),
                page);
    }

    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public long countRequests(CalibrationRequestQuery query) {
        return requests.count(specification(query.status(), query.organisationId(), query.caseId(),
                query.caseId() == null));
    }

    /** One request: a provider user only its own organisation's (another is refused, audited, as not found). */
    @PreAuthorize(READERS)
    public CalibrationRequestSummary request(long id) {
        return summary(visible("READ_CALIBRATION_REQUEST", id));
    }

    // --- the quality team acts ---------------------------------------------------------------------------------

    /** Schedules (or moves) the session of an open request; the provider sees the date, time and where. */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public CalibrationRequestSummary schedule(long id, long version, CalibrationRequestSession session) {
        CalibrationRequest request = movable(id, version, CalibrationRequestStatus.SCHEDULED);
        Instant at = CalibrationRequestSessionRule.check(session, clock);
        String where = session.where() == null ? "" : session.where().strip();
        request.schedule(at, session.meeting(), where, me(), clock.instant());
        requests.saveAndFlush(request);
        CalibrationRequestSummary done = summary(request);
        audit("CALIBRATION_SCHEDULED", request, "Scheduled the calibration session on " + done.about() + " for "
                + done.sessionText() + (session.meeting() == CalibrationRequestMeeting.ONLINE ? " (" + where + ")"
                : ""));
        return done;
    }

    /** Answers a request in writing (instead of, or after, a session). */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public CalibrationRequestSummary answer(long id, long version, String answer) {
        CalibrationRequest request = movable(id, version, CalibrationRequestStatus.ANSWERED);
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new ChangeRefused("answer", "Write the answer the provider will read.");
        }
        if (text.length() > CalibrationRequest.MAX_ANSWER) {
            throw new ChangeRefused("answer", "Keep the answer to " + CalibrationRequest.MAX_ANSWER + " characters "
                    + "or fewer: it has " + text.length() + ".");
        }
        request.answer(text, me(), clock.instant());
        requests.saveAndFlush(request);
        CalibrationRequestSummary done = summary(request);
        audit("CALIBRATION_ANSWERED", request, "Answered the calibration request on " + done.about() + ": " + text);
        return done;
    }

    /** Closes a scheduled or answered request, with an optional note of the outcome the provider reads. */
    @Transactional
    @PreAuthorize(Access.QUALITY_MANAGER)
    public CalibrationRequestSummary close(long id, long version, @Nullable String note) {
        CalibrationRequest request = movable(id, version, CalibrationRequestStatus.CLOSED);
        String text = note == null ? "" : note.strip();
        if (text.length() > CalibrationRequest.MAX_CLOSING_NOTE) {
            throw new ChangeRefused("closingNote", "Keep the closing note to " + CalibrationRequest.MAX_CLOSING_NOTE
                    + " characters or fewer: it has " + text.length() + ".");
        }
        request.close(text.isEmpty() ? null : text, me(), clock.instant());
        requests.saveAndFlush(request);
        CalibrationRequestSummary done = summary(request);
        audit("CALIBRATION_CLOSED", request, "Closed the calibration request on " + done.about()
                + (text.isEmpty() ? "" : ": " + text));
        return done;
    }

    // --- inside ------------------------------------------------------------------------------------------------

    private CalibrationRequest movable(long id, long version, CalibrationRequestStatus next) {
        CalibrationRequest request = requests.findById(id)
                .orElseThrow(() -> new ItemNotFoundException(ENTITY + " " + id));
        if (request.getVersion() != version) {
            throw new ChangeRefused("version", "Someone changed this request after you opened it. Reload it to see "
                    + "what changed, then try again.");
        }
        if (!request.status().canMoveTo(next)) {
            throw new ChangeRefused("status", "This request is " + request.status().label().toLowerCase(
                    DateFormats.LOCALE) + ": it cannot be " + switch (next) {
                        case SCHEDULED -> "scheduled now.";
                        case ANSWERED -> "answered now.";
                        case CLOSED -> "closed before a session is scheduled or an answer written.";
                        case REQUESTED -> "requested again.";
                    });
        }
        return request;
    }

    private CalibrationRequest visible(String operation, long id) {
        CalibrationRequest request = requests.findById(id).orElse(null);
        PortalIdentity me = currentUser.require();
        boolean qualityTeam = me.hasRole(Role.QUALITY_MANAGER) || me.hasRole(Role.ADMIN);
        if (request == null || !qualityTeam && !tenantScope.canSee(request.organisationId())) {
            throw tenantScope.refuse(operation, ENTITY, id, "belongs to another organisation or does not exist");
        }
        return request;
    }

    private long myOrganisation(String operation) {
        Long organisationId = currentUser.require().organisationId();
        if (organisationId == null) {
            throw tenantScope.refuse(operation, "Organisation", "none", "no organisation");
        }
        return organisationId;
    }

    private String me() {
        return currentUser.require().displayName();
    }

    /** Audited against the case where there is one, so the case's trail shows it; else against the request. */
    private void audit(String action, CalibrationRequest request, String summary) {
        String text = summary + " [" + organisations.findOrganisation(request.organisationId()).name()
                + ", calibration request " + request.getId() + "]";
        Long caseId = request.caseSampleId();
        if (caseId != null) {
            auditLog.record(action, "CaseSample", caseId, text);
        } else {
            auditLog.record(action, ENTITY, request.getId(), text);
        }
    }

    private CalibrationRequestSummary summary(CalibrationRequest request) {
        return request.toSummary(organisations.findOrganisation(request.organisationId()).name());
    }

    private List<CalibrationRequestSummary> page(Specification<CalibrationRequest> where, Pageable page) {
        Map<Long, String> names = new HashMap<>();
        return requests.findAll(where, page).stream().map(request -> request.toSummary(names.computeIfAbsent(
                request.organisationId(), id -> organisations.findOrganisation(id).name()))).toList();
    }

    private static Sort sorted(Sort asked, Sort otherwise) {
        for (Sort.Order order : asked) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new IllegalArgumentException("Not a sortable column: " + order.getProperty());
            }
        }
        Sort sort = asked.isSorted() ? asked : otherwise;
        // Ties (requests asked in the same instant) follow the first column's direction, by the order of asking.
        return sort.and(Sort.by(sort.iterator().next().getDirection(), "id"));
    }

    private static Specification<CalibrationRequest> specification(@Nullable CalibrationRequestStatus status,
                                                                    @Nullable Long organisationId,
                                                                    @Nullable Long caseId, boolean openByDefault) {
        return (root, criteria, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            } else if (openByDefault) {
                where.add(cb.notEqual(root.get("status"), CalibrationRequestStatus.CLOSED));
            }
            if (organisationId != null) {
                where.add(cb.equal(root.get("organisationId"), organisationId));
            }
            if (caseId != null) {
                where.add(cb.equal(root.get("caseSampleId"), caseId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
