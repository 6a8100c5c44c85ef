package org.healthequity.workstreams.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.mapping.Text;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.period.ParsedPeriod;
import org.healthequity.common.period.PeriodType;
import org.healthequity.common.period.RequestPeriods;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.conventions.ProblemType;
import org.healthequity.workstreams.config.WorkstreamsConfig;
import org.healthequity.workstreams.mapping.ActualRequest;
import org.healthequity.workstreams.mapping.ActualView;
import org.healthequity.workstreams.mapping.CommentRequest;
import org.healthequity.workstreams.mapping.CommentView;
import org.healthequity.workstreams.mapping.EvidenceLink;
import org.healthequity.workstreams.mapping.KpiRequest;
import org.healthequity.workstreams.mapping.KpiValueView;
import org.healthequity.workstreams.mapping.KpiView;
import org.healthequity.workstreams.mapping.PeriodValue;
import org.healthequity.workstreams.mapping.ReachCount;
import org.healthequity.workstreams.mapping.ReachDimension;
import org.healthequity.workstreams.mapping.ReachView;
import org.healthequity.workstreams.mapping.RagRuleView;
import org.healthequity.workstreams.mapping.ReviewRequest;
import org.healthequity.workstreams.repository.ActualComment;
import org.healthequity.workstreams.repository.ActualCommentRepository;
import org.healthequity.workstreams.repository.ActualStatus;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiActual;
import org.healthequity.workstreams.repository.KpiPeriodStatus;
import org.healthequity.workstreams.repository.KpiRepository;
import org.healthequity.workstreams.repository.KpiTarget;
import org.healthequity.workstreams.repository.Organisation;
import org.healthequity.workstreams.repository.OrganisationRepository;
import org.healthequity.workstreams.repository.ReportingPeriod;
import org.healthequity.workstreams.repository.Workstream;
import org.healthequity.workstreams.repository.WorkstreamRepository;

/**
 * KPIs, their targets and actuals, and the RAG computed from them. Leads define KPIs and targets and review actuals;
 * the owning partner (or a lead) submits actuals. Every change recomputes and stores the KPI's per-period RAG with
 * the rule's version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KpiService {

    /** The kinds of period a KPI can be reported for: single periods, never pooled years. */
    /** Deprivation quintiles as categories: 1, the most deprived 20 %, to 5. */
    public static final Set<String> QUINTILES = Set.of("1", "2", "3", "4", "5");
    public static final Set<PeriodType> FREQUENCIES = EnumSet.of(PeriodType.CALENDAR_YEAR, PeriodType.FINANCIAL_YEAR,
            PeriodType.ACADEMIC_YEAR, PeriodType.CALENDAR_QUARTER, PeriodType.FINANCIAL_QUARTER, PeriodType.MONTH);

    /** A submitted actual, and whether it is a new one (201) or replaced one not yet approved (200). */
    public record Submitted(Versioned<ActualView> actual, boolean created) {
    }

    private final WorkstreamService workstreams;
    private final WorkstreamRepository workstreamRepository;
    private final KpiRepository kpis;
    private final OrganisationRepository organisations;
    private final Permissions permissions;
    private final WorkstreamsConfig config;
    private final ActualCommentRepository comments;

    KpiService(WorkstreamService workstreams, WorkstreamRepository workstreamRepository, KpiRepository kpis,
            OrganisationRepository organisations, ActualCommentRepository comments,
            Permissions permissions, WorkstreamsConfig config) {
        this.comments = comments;
        this.workstreams = workstreams;
        this.workstreamRepository = workstreamRepository;
        this.kpis = kpis;
        this.organisations = organisations;
        this.permissions = permissions;
        this.config = config;
    }

    public PagedResult<KpiView> ofWorkstream(String slug, PageRequest page) {
        return list(workstreams.find(slug), null, page);
    }

    /** KPIs by the flat filters of a listing; an unknown workstream or organisation is a 400. */
    public PagedResult<KpiView> search(String workstreamSlug, String ownerSlug, PageRequest page) {
        return list(workstreamFilter(workstreamSlug), ownerFilter(ownerSlug), page);
    }

    private PagedResult<KpiView> list(Workstream workstream, Organisation owner, PageRequest page) {
        PanacheQuery<Kpi> query = kpis.search(workstream, owner);
        List<Kpi> found = query.page(page.number() - 1, page.size()).list();
        Map<Long, KpiPeriodStatus> latest = latest(found);
        return new PagedResult<>(found.stream().map(kpi -> KpiView.of(kpi, latest.get(kpi.id))).toList(),
                query.count());
    }

    public RagRuleView ragRule() {
        return new RagRuleView(KpiRagRule.VERSION, KpiRagRule.GREEN_TOLERANCE, KpiRagRule.AMBER_TOLERANCE,
                KpiRagRule.DESCRIPTION);
    }

    public Versioned<KpiView> get(long id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<KpiView> create(String slug, KpiRequest request) {
        Workstream workstream = workstreams.find(slug);
        permissions.requireLead(workstream, "define its KPIs");
        Kpi kpi = new Kpi();
        kpi.workstream = workstream;
        apply(kpi, request);
        kpis.persistAndFlush(kpi);
        return versioned(kpi);
    }

    @Transactional
    public Versioned<KpiView> update(long id, String ifMatch, KpiRequest request) {
        Kpi kpi = find(id);
        permissions.requireLead(kpi.workstream, "change its KPIs");
        EntityTags.requireMatch(ifMatch, kpi.version);
        if (request.frequency() != kpi.frequency && (!kpi.targets.isEmpty() || !kpis.actuals(kpi).isEmpty())) {
            throw ApiException.conflict("The KPI has targets or actuals per " + kpi.frequency + "; its frequency "
                    + "cannot change to " + request.frequency());
        }
        apply(kpi, request);
        kpis.flush();
        recompute(kpi);
        return versioned(kpi);
    }

    public List<PeriodValue> targets(long id) {
        return find(id).targets.stream().map(target -> new PeriodValue(target.period.label, target.value)).toList();
    }

    /** Replaces the KPI's targets with these; the KPI's ETag guards the change. */
    @Transactional
    public Versioned<KpiView> replaceTargets(long id, String ifMatch, List<PeriodValue> targets) {
        Kpi kpi = find(id);
        permissions.requireLead(kpi.workstream, "set its KPI targets");
        EntityTags.requireMatch(ifMatch, kpi.version);
        List<ProblemError> errors = new ArrayList<>();
        List<KpiTarget> replacement = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            PeriodValue value = targets.get(i);
            try {
                ParsedPeriod period = RequestPeriods.require("[" + i + "].period", value.period(), kpi.frequency);
                if (!seen.add(period.label())) {
                    errors.add(ProblemError.field("[" + i + "].period", "duplicate", "A second target for "
                            + period.label()));
                    continue;
                }
                KpiTarget target = new KpiTarget();
                target.kpi = kpi;
                target.period = ReportingPeriod.of(period);
                target.value = value.value();
                replacement.add(target);
            } catch (ApiException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " targets are invalid", errors);
        }
        kpi.targets.clear();
        // Removed targets must be deleted before their periods are inserted again.
        kpis.flush();
        kpi.targets.addAll(replacement);
        kpi.updatedAt = Instant.now();
        kpis.flush();
        recompute(kpi);
        return versioned(kpi);
    }

    public List<ActualView> actuals(long id) {
        return kpis.actuals(find(id)).stream().map(ActualView::of).toList();
    }

    public Versioned<ActualView> actual(long id, long actualId) {
        KpiActual actual = findActual(find(id), actualId);
        return new Versioned<>(ActualView.of(actual), actual.version);
    }

    /** Records the period's actual; one not yet approved is replaced and goes back to review. */
    @Transactional
    public Submitted submitActual(long id, ActualRequest request) {
        Kpi kpi = find(id);
        permissions.requireReporter(kpi.workstream, kpi.owner, "report actuals of KPI " + id);
        ParsedPeriod period = RequestPeriods.require("period", request.period(), kpi.frequency);
        List<ProblemError> problems = breakdownProblems(request.value(), request.breakdowns());
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems.get(0).message(), problems);
        }
        KpiActual existing = openActual(kpi, period);
        KpiActual actual = record(kpi, period, existing, request.value(), request.evidence(),
                request.evidenceLinks(), request.breakdowns());
        kpis.flush();
        recompute(kpi);
        return new Submitted(new Versioned<>(ActualView.of(actual), actual.version), existing == null);
    }

    /** The period's actual, if one was reported; a 409 once it is approved, which makes it final. */
    KpiActual openActual(Kpi kpi, ParsedPeriod period) {
        KpiActual actual = kpis.actual(kpi, period.label()).orElse(null);
        if (actual != null && actual.status == ActualStatus.APPROVED) {
            throw ApiException.conflict("The actual for " + period.label() + " was approved by " + actual.reviewedBy
                    + " and is final");
        }
        return actual;
    }

    /** Stores a checked actual as submitted by the caller, replacing {@code existing}; the caller recomputes. */
    /**
     * What is wrong with an actual's breakdowns: a category given twice in a dimension, a deprivation quintile that
     * is not 1 to 5, or a dimension whose counts add up to more than the actual.
     */
    List<ProblemError> breakdownProblems(BigDecimal value, List<ReachCount> breakdowns) {
        List<ProblemError> problems = new ArrayList<>();
        if (breakdowns == null) {
            return problems;
        }
        Set<String> seen = new HashSet<>();
        Map<ReachDimension, BigDecimal> totals = new EnumMap<>(ReachDimension.class);
        for (int i = 0; i < breakdowns.size(); i++) {
            ReachCount count = breakdowns.get(i);
            if (count == null || count.dimension() == null || count.category() == null || count.value() == null) {
                continue;
            }
            String field = "breakdowns[" + i + "]";
            String category = count.category().trim();
            if (count.dimension() == ReachDimension.DEPRIVATION_QUINTILE && !QUINTILES.contains(category)) {
                problems.add(ProblemError.field(field + ".category", "invalid", "A deprivation quintile is 1 (the "
                        + "most deprived 20%) to 5, not '" + category + "'"));
            }
            if (!seen.add(count.dimension() + "|" + category.toLowerCase(Locale.ROOT))) {
                problems.add(ProblemError.field(field + ".category", "duplicate", count.dimension() + " '" + category
                        + "' is given twice"));
            }
            totals.merge(count.dimension(), count.value(), BigDecimal::add);
        }
        totals.forEach((dimension, total) -> {
            if (value != null && total.compareTo(value) > 0) {
                problems.add(ProblemError.field("breakdowns", "exceeds_value", "The " + dimension + " counts add "
                        + "up to " + total.toPlainString() + ", more than the actual's " + value.toPlainString()));
            }
        });
        return problems;
    }

    KpiActual record(Kpi kpi, ParsedPeriod period, KpiActual existing, BigDecimal value, String evidence,
            List<EvidenceLink> evidenceLinks, List<ReachCount> breakdowns) {
        KpiActual actual = existing;
        boolean created = actual == null;
        if (created) {
            actual = new KpiActual();
            actual.kpi = kpi;
            actual.period = ReportingPeriod.of(period);
        } else {
            actual.submissions++;
        }
        actual.value = value;
        actual.evidence = Text.trimToNull(evidence);
        actual.evidenceLinks = evidenceLinks == null ? new ArrayList<>() : new ArrayList<>(evidenceLinks);
        actual.breakdowns = breakdowns == null ? new ArrayList<>() : breakdowns.stream()
                .map(count -> new ReachCount(count.dimension(), count.category().trim(), count.value()))
                .collect(Collectors.toCollection(ArrayList::new));
        actual.status = ActualStatus.SUBMITTED;
        actual.submittedBy = permissions.name();
        actual.submittedAt = Instant.now();
        actual.organisation = permissions.organisation();
        actual.reviewedBy = null;
        actual.reviewedAt = null;
        actual.reviewNote = null;
        if (created) {
            kpis.getEntityManager().persist(actual);
        }
        return actual;
    }

    @Transactional
    public Versioned<ActualView> review(long id, long actualId, String ifMatch, ReviewRequest request) {
        Kpi kpi = find(id);
        permissions.requireLead(kpi.workstream, "review its KPI actuals");
        KpiActual actual = findActual(kpi, actualId);
        if (ifMatch != null) {
            EntityTags.requireMatch(ifMatch, actual.version);
        }
        if (request.decision() == ActualStatus.SUBMITTED) {
            throw ApiException.invalidField("decision", "invalid", "A review decides APPROVED, REJECTED or RETURNED");
        }
        // Four eyes: whoever reported a value does not also accept it.
        if (request.decision() == ActualStatus.APPROVED && actual.submittedBy.equals(permissions.name())) {
            throw ApiException.forbidden("You submitted the actual for " + actual.period.label + "; another lead "
                    + "or an admin approves it");
        }
        if (actual.status != ActualStatus.SUBMITTED) {
            throw ApiException.conflict("The actual for " + actual.period.label + " is " + actual.status
                    + " already; only a submitted actual is reviewed");
        }
        String note = Text.trimToNull(request.note());
        if (request.decision() != ActualStatus.APPROVED && note == null) {
            throw ApiException.invalidField("note", "required", request.decision() == ActualStatus.REJECTED
                    ? "Say why the actual is rejected" : "Say what the reporter should answer or change");
        }
        if (request.decision() == ActualStatus.RETURNED) {
            comment(actual, ActualComment.Side.REVIEWER, note);
        }
        actual.status = request.decision();
        actual.reviewedBy = permissions.name();
        actual.reviewedAt = Instant.now();
        actual.reviewNote = note;
        kpis.flush();
        recompute(kpi);
        return new Versioned<>(ActualView.of(actual), actual.version);
    }

    /** The actual's review thread, oldest first. */
    public List<CommentView> comments(long id, long actualId) {
        KpiActual actual = findActual(find(id), actualId);
        return comments.ofActual(actual.id).stream().map(CommentView::of).toList();
    }

    /** A message from the actual's reporting side (the owner's partners) or its reviewers (leads, admins). */
    @Transactional
    public CommentView addComment(long id, long actualId, CommentRequest request) {
        Kpi kpi = find(id);
        KpiActual actual = findActual(kpi, actualId);
        permissions.requireReporter(kpi.workstream, kpi.owner, "discuss actuals of KPI " + id);
        return CommentView.of(comment(actual, permissions.leads(kpi.workstream) ? ActualComment.Side.REVIEWER
                : ActualComment.Side.REPORTER, request.text().trim()));
    }

    private ActualComment comment(KpiActual actual, ActualComment.Side side, String text) {
        ActualComment comment = new ActualComment();
        comment.actualId = actual.id;
        comment.kpiId = actual.kpi.id;
        comment.author = permissions.name();
        comment.organisation = permissions.organisation();
        comment.side = side;
        comment.body = text;
        comment.createdAt = Instant.now();
        comments.persist(comment);
        return comment;
    }

    public List<KpiValueView> values(long id) {
        Kpi kpi = find(id);
        return kpis.statuses(kpi.id).stream().map(status -> KpiValueView.of(kpi, status)).toList();
    }

    /** Every period of every KPI (of one workstream, if given), for BI tools. */
    public List<KpiValueView> allValues(String workstreamSlug) {
        List<Kpi> found = kpis.search(workstreamFilter(workstreamSlug), null).list();
        Map<Long, Kpi> byId = new HashMap<>();
        found.forEach(kpi -> byId.put(kpi.id, kpi));
        return kpis.statuses(new ArrayList<>(byId.keySet())).stream()
                .sorted(Comparator.comparing((KpiPeriodStatus status) -> byId.get(status.kpiId).workstream.slug)
                        .thenComparing(status -> status.kpiId).thenComparingInt(status -> status.periodSortKey))
                .map(status -> KpiValueView.of(byId.get(status.kpiId), status)).toList();
    }

    /** The latest period that has begun, per KPI. */
    public Map<Long, KpiPeriodStatus> latest(List<Kpi> of) {
        LocalDate today = config.today();
        Map<Long, KpiPeriodStatus> latest = new HashMap<>();
        kpis.statuses(of.stream().map(kpi -> kpi.id).toList()).stream()
                .filter(status -> !status.periodStart.isAfter(today))
                .forEach(status -> latest.put(status.kpiId, status));
        return latest;
    }

    /** Recomputes and stores every period's RAG of the KPI. */
    @Transactional
    public void recompute(Kpi kpi) {
        kpis.replaceStatuses(kpi.id, KpiStatuses.compute(kpi, kpi.targets, kpis.actuals(kpi), Instant.now()));
    }

    /** Who the KPI's approved actuals reached, period by period. */
    public ReachView reach(long id) {
        Kpi kpi = find(id);
        return KpiReach.of(kpi, kpis.actuals(kpi));
    }

    public Kpi find(long id) {
        Kpi kpi = kpis.findById(id);
        if (kpi == null) {
            throw ApiException.notFound("KPI", id);
        }
        return kpi;
    }

    private Workstream workstreamFilter(String slug) {
        return slug == null ? null : workstreamRepository.findBySlug(slug).orElseThrow(() ->
                ApiException.badParameter("workstream", "No workstream has the slug '" + slug + "'"));
    }

    private Organisation ownerFilter(String slug) {
        return slug == null ? null : organisations.findBySlug(slug).orElseThrow(() ->
                ApiException.badParameter("organisation", "No organisation has the slug '" + slug + "'"));
    }

    private KpiActual findActual(Kpi kpi, long actualId) {
        return kpis.actual(kpi, actualId).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "KPI " + kpi.id + " has no actual " + actualId));
    }

    private void apply(Kpi kpi, KpiRequest request) {
        List<ProblemError> errors = new ArrayList<>();
        if (!FREQUENCIES.contains(request.frequency())) {
            errors.add(ProblemError.field("frequency", "invalid", "A KPI is reported per single period, one of "
                    + FREQUENCIES));
        }
        Organisation owner = null;
        if (request.ownerOrganisation() != null && !request.ownerOrganisation().isBlank()) {
            owner = organisations.findBySlug(request.ownerOrganisation().trim()).orElse(null);
            if (owner == null) {
                errors.add(ProblemError.field("ownerOrganisation", "unknown_organisation",
                        "No organisation has the slug '" + request.ownerOrganisation() + "'"));
            }
        }
        if (request.mostDeprivedPopulationShare() != null && (request.mostDeprivedPopulationSource() == null
                || request.mostDeprivedPopulationSource().isBlank())) {
            errors.add(ProblemError.field("mostDeprivedPopulationSource", "required", "Say where the population "
                    + "share of the most deprived 20% comes from"));
        }
        String baselinePeriod = null;
        if (request.baseline() != null && errors.isEmpty()) {
            try {
                baselinePeriod = RequestPeriods.require("baseline.period", request.baseline().period(),
                        request.frequency())
                        .label();
            } catch (ApiException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
        kpi.name = request.name().trim();
        kpi.description = Text.trimToNull(request.description());
        kpi.unit = request.unit().trim();
        kpi.direction = request.direction();
        kpi.cumulative = Boolean.TRUE.equals(request.cumulative());
        kpi.frequency = request.frequency();
        kpi.owner = owner;
        kpi.baselinePeriod = baselinePeriod;
        kpi.baselineValue = request.baseline() == null ? null : request.baseline().value();
        kpi.mostDeprivedPopulationShare = request.mostDeprivedPopulationShare();
        kpi.mostDeprivedPopulationSource = request.mostDeprivedPopulationShare() == null ? null
                : Text.trimToNull(request.mostDeprivedPopulationSource());
    }

    private Versioned<KpiView> versioned(Kpi kpi) {
        return new Versioned<>(KpiView.of(kpi, latest(List.of(kpi)).get(kpi.id)), kpi.version);
    }
}
