package org.healthequity.workstreams.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.mapping.Text;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.conventions.ProblemType;
import org.healthequity.workstreams.client.EvaluationApi;
import org.healthequity.workstreams.client.EvaluationClient;
import org.healthequity.workstreams.config.WorkstreamsConfig;
import org.healthequity.workstreams.mapping.ActionRequest;
import org.healthequity.workstreams.mapping.ActionUpdateRequest;
import org.healthequity.workstreams.mapping.ActionUpdateView;
import org.healthequity.workstreams.mapping.ActionView;
import org.healthequity.workstreams.repository.ActionFilter;
import org.healthequity.workstreams.repository.ActionRepository;
import org.healthequity.workstreams.repository.ActionStatus;
import org.healthequity.workstreams.repository.ActionUpdate;
import org.healthequity.workstreams.repository.ActionUpdateRepository;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiRepository;
import org.healthequity.workstreams.repository.LogicModel;
import org.healthequity.workstreams.repository.LogicModelRepository;
import org.healthequity.workstreams.repository.Organisation;
import org.healthequity.workstreams.repository.OrganisationRepository;
import org.healthequity.workstreams.repository.Rag;
import org.healthequity.workstreams.repository.ReportRecommendation;
import org.healthequity.workstreams.repository.ReportRecommendationRepository;
import org.healthequity.workstreams.repository.Workplan;
import org.healthequity.workstreams.repository.WorkplanAction;
import org.healthequity.workstreams.repository.WorkplanRepository;
import org.healthequity.workstreams.repository.Workstream;
import org.healthequity.workstreams.repository.WorkstreamRepository;

/**
 * Actions of workplans and their progress logs. Leads shape actions while the plan is a draft; after that only
 * status and RAG move, through the lead or through progress updates from the owning partner, until the plan closes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionService {

    /** An action request's references, found. */
    private record Resolved(Organisation owner, Kpi kpi, ReportRecommendation recommendation,
            Set<Long> answersRecommendations, String activity) {
    }

    private final WorkplanService workplans;
    private final WorkstreamRepository workstreamRepository;
    private final WorkplanRepository workplanRepository;
    private final ActionRepository actions;
    private final ActionUpdateRepository updates;
    private final OrganisationRepository organisations;
    private final KpiRepository kpis;
    private final ReportRecommendationRepository recommendations;
    private final Permissions permissions;
    private final WorkstreamsConfig config;
    private final LogicModelRepository models;
    private final EvaluationClient evaluation;

    ActionService(WorkplanService workplans, WorkstreamRepository workstreamRepository,
            WorkplanRepository workplanRepository, ActionRepository actions, ActionUpdateRepository updates,
            OrganisationRepository organisations, KpiRepository kpis, ReportRecommendationRepository recommendations,
            Permissions permissions, WorkstreamsConfig config, LogicModelRepository models,
            EvaluationClient evaluation) {
        this.models = models;
        this.evaluation = evaluation;
        this.workplans = workplans;
        this.workstreamRepository = workstreamRepository;
        this.workplanRepository = workplanRepository;
        this.actions = actions;
        this.updates = updates;
        this.organisations = organisations;
        this.kpis = kpis;
        this.recommendations = recommendations;
        this.permissions = permissions;
        this.config = config;
    }

    /** A listing's filter from query parameters; an unknown workstream, workplan or organisation is a 400. */
    public ActionFilter filter(String workstream, Long workplan, String organisation, ActionStatus status, Rag rag,
            Boolean overdue, Instant updatedSince, Long answersRecommendation, Boolean answering, String activity) {
        return new ActionFilter(
                workstream == null ? null : workstreamRepository.findBySlug(workstream).orElseThrow(() ->
                        ApiException.badParameter("workstream", "No workstream has the slug '" + workstream + "'")),
                workplan == null ? null : workplanRepository.findByIdOptional(workplan).orElseThrow(() ->
                        ApiException.badParameter("workplan", "No workplan has the id " + workplan)),
                organisation == null ? null : organisations.findBySlug(organisation).orElseThrow(() ->
                        ApiException.badParameter("organisation", "No organisation has the slug '" + organisation
                                + "'")),
                status, rag, overdue, config.today(), updatedSince, answersRecommendation,
                answering, Text.trimToNull(activity));
    }

    public PagedResult<ActionView> list(ActionFilter filter, PageRequest page) {
        PanacheQuery<WorkplanAction> query = actions.search(filter);
        LocalDate today = config.today();
        return QueryPages.of(query, page, action -> ActionView.of(action, today));
    }

    /** Every matching action, for CSV. */
    public List<ActionView> all(ActionFilter filter) {
        LocalDate today = config.today();
        return actions.search(filter).list().stream().map(action -> ActionView.of(action, today)).toList();
    }

    public Versioned<ActionView> get(long id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<ActionView> create(long workplanId, ActionRequest request) {
        Workplan plan = workplans.find(workplanId);
        permissions.requireLead(plan.workstream, "add actions to its workplans");
        WorkplanService.requireEditable(plan);
        Resolved resolved = resolve(request, plan.workstream, null);
        WorkplanAction action = new WorkplanAction();
        action.workplan = plan;
        applyContent(action, request, resolved);
        applyProgress(action, request.status() == null ? ActionStatus.NOT_STARTED : request.status(), request.rag(),
                request.ragReason());
        actions.persistAndFlush(action);
        return versioned(action);
    }

    /** Replaces the action; once its plan is submitted, only status, rag and ragReason may differ. */
    @Transactional
    public Versioned<ActionView> update(long id, String ifMatch, ActionRequest request) {
        WorkplanAction action = find(id);
        Workplan plan = action.workplan;
        permissions.requireLead(plan.workstream, "change its actions");
        EntityTags.requireMatch(ifMatch, action.version);
        requireProgressOpen(plan);
        Resolved resolved = resolve(request, plan.workstream, action);
        if (!plan.isEditable()) {
            List<String> changed = contentChanges(action, request, resolved);
            if (!changed.isEmpty()) {
                throw ApiException.conflict("The " + plan.year + " workplan is " + plan.status + ": only status, rag "
                        + "and ragReason may change, but this would change " + String.join(", ", changed));
            }
        } else {
            applyContent(action, request, resolved);
        }
        applyProgress(action, request.status() == null ? action.status : request.status(), request.rag(),
                request.ragReason());
        actions.flush();
        return versioned(action);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        WorkplanAction action = find(id);
        permissions.requireLead(action.workplan.workstream, "remove its actions");
        EntityTags.requireMatch(ifMatch, action.version);
        WorkplanService.requireEditable(action.workplan);
        actions.delete(action);
    }

    public PagedResult<ActionUpdateView> updates(long actionId, PageRequest page) {
        PanacheQuery<ActionUpdate> query = updates.ofAction(find(actionId).id);
        return QueryPages.of(query, page, ActionUpdateView::of);
    }

    public ActionUpdateView update(long actionId, long updateId) {
        ActionUpdate update = updates.findById(updateId);
        if (update == null || !Objects.equals(update.actionId, find(actionId).id)) {
            throw new ApiException(ProblemType.NOT_FOUND, "Action " + actionId + " has no update " + updateId);
        }
        return ActionUpdateView.of(update);
    }

    /** Appends progress; a status or RAG it carries becomes the action's. */
    @Transactional
    public ActionUpdateView addUpdate(long actionId, String ifMatch, ActionUpdateRequest request) {
        WorkplanAction action = find(actionId);
        permissions.requireReporter(action.workplan.workstream, action.owner, "report progress on action " + actionId);
        if (ifMatch != null) {
            EntityTags.requireMatch(ifMatch, action.version);
        }
        requireProgressOpen(action.workplan);
        List<ProblemError> errors = updateProblems(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.get(0).message(), errors);
        }
        ActionUpdateView added = record(action, request);
        actions.flush();
        return added;
    }

    /** What is wrong with progress as reported, field by field: a future day, AMBER or RED without a reason. */
    List<ProblemError> updateProblems(ActionUpdateRequest request) {
        LocalDate today = config.today();
        List<ProblemError> errors = new ArrayList<>();
        if (request.date() != null && request.date().isAfter(today)) {
            errors.add(ProblemError.field("date", "in_future", "Progress cannot be reported for a future day ("
                    + request.date() + " is after " + today + ")"));
        }
        ragReasonCheck(request.rag(), request.ragReason(), errors);
        return errors;
    }

    /** Whether the caller may report on the action now: a reporter of it, on a workplan still taking progress. */
    Optional<String> whyNotReporter(WorkplanAction action) {
        if (!permissions.reportsFor(action.workplan.workstream, action.owner)) {
            return Optional.of("Action " + action.id + " is reported on by "
                    + (action.owner == null ? "the leads of workstream '" + action.workplan.workstream.slug + "'"
                            : "partners of '" + action.owner.slug + "' and the workstream's leads"));
        }
        if (!action.workplan.acceptsProgress()) {
            return Optional.of("The " + action.workplan.year + " workplan of '" + action.workplan.workstream.slug
                    + "' is closed; its actions no longer change");
        }
        return Optional.empty();
    }

    /** Stores checked progress: the update, and its status and RAG as the action's. */
    ActionUpdateView record(WorkplanAction action, ActionUpdateRequest request) {
        LocalDate date = request.date() == null ? config.today() : request.date();
        if (request.status() != null || request.rag() != null) {
            applyProgress(action, request.status() == null ? action.status : request.status(),
                    request.rag() == null ? action.rag : request.rag(),
                    request.rag() == null ? action.ragReason : request.ragReason());
        }
        ActionUpdate update = new ActionUpdate();
        update.actionId = action.id;
        update.date = date;
        update.text = request.text().trim();
        update.author = permissions.name();
        update.organisation = permissions.organisation();
        update.status = request.status();
        update.rag = request.rag();
        update.ragReason = request.rag() == null ? null : Text.trimToNull(request.ragReason());
        update.createdAt = Instant.now();
        updates.persist(update);
        return ActionUpdateView.of(update);
    }

    public WorkplanAction find(long id) {
        WorkplanAction action = actions.findById(id);
        if (action == null) {
            throw ApiException.notFound("Action", id);
        }
        return action;
    }

    /**
     * Checks what the request links to. Links the action already has are not asked about again, so that progress
     * on an action does not wait for evaluation-service.
     */
    private Resolved resolve(ActionRequest request, Workstream workstream, WorkplanAction current) {
        List<ProblemError> errors = new ArrayList<>();
        Organisation owner = organisations.findBySlug(request.ownerOrganisation()).orElse(null);
        if (owner == null) {
            errors.add(ProblemError.field("ownerOrganisation", "unknown_organisation",
                    "No organisation has the slug '" + request.ownerOrganisation() + "'"));
        }
        Kpi kpi = null;
        if (request.kpiId() != null) {
            kpi = kpis.findById(request.kpiId());
            if (kpi == null || !Objects.equals(kpi.workstream.id, workstream.id)) {
                kpi = null;
                errors.add(ProblemError.field("kpiId", "unknown_kpi", "Workstream '" + workstream.slug
                        + "' has no KPI " + request.kpiId()));
            }
        }
        ReportRecommendation recommendation = null;
        if (request.recommendation() != null && !request.recommendation().isBlank()) {
            recommendation = recommendations.findByCode(request.recommendation().trim()).orElse(null);
            if (recommendation == null) {
                errors.add(ProblemError.field("recommendation", "unknown_recommendation",
                        "No report recommendation has the code '" + request.recommendation() + "'"));
            }
        }
        if (request.startDate() != null && request.dueDate() != null
                && request.dueDate().isBefore(request.startDate())) {
            errors.add(ProblemError.field("dueDate", "before_start", "The due date " + request.dueDate()
                    + " is before the start date " + request.startDate()));
        }
        ragReasonCheck(request.rag(), request.ragReason(), errors);
        String activity = Text.trimToNull(request.activity());
        if (activity != null && (current == null || !activity.equals(current.activity))) {
            activityCheck(activity, workstream, errors);
        }
        List<Long> answers = request.answersRecommendations() == null ? List.of()
                : request.answersRecommendations().stream().distinct().toList();
        if (errors.isEmpty()) {
            for (int i = 0; i < answers.size(); i++) {
                if (current == null || !current.answersRecommendations.contains(answers.get(i))) {
                    answerCheck(answers.get(i), "answersRecommendations[" + i + "]", workstream, errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
        return new Resolved(owner, kpi, recommendation, new HashSet<>(answers), activity);
    }

    private void activityCheck(String activity, Workstream workstream, List<ProblemError> errors) {
        Optional<LogicModel> model = models.current(workstream).or(() -> models.latest(workstream));
        if (model.isEmpty()) {
            errors.add(ProblemError.field("activity", "unknown_activity", "Workstream '" + workstream.slug
                    + "' has no logic model yet, so no activity to carry out"));
        } else if (model.get().content.activities().stream().noneMatch(found -> found.title().equals(activity))) {
            errors.add(ProblemError.field("activity", "unknown_activity", "The logic model of '" + workstream.slug
                    + "' (version " + model.get().versionNumber + ") has no activity titled '" + activity + "'"));
        }
    }

    /** The evaluation recommendation must exist and be for this workstream or none; 503 if it cannot be asked. */
    private void answerCheck(long id, String field, Workstream workstream, List<ProblemError> errors) {
        Optional<EvaluationApi.Recommendation> found;
        try {
            found = evaluation.recommendation(id);
        } catch (RuntimeException e) {
            throw ApiException.unavailable("evaluation-service could not be asked whether recommendation " + id
                    + " exists, so nothing was saved; try again shortly");
        }
        if (found.isEmpty()) {
            errors.add(ProblemError.field(field, "unknown_recommendation", "evaluation-service has no "
                    + "recommendation " + id));
        } else if (found.get().workstream() != null && !found.get().workstream().equals(workstream.slug)) {
            errors.add(ProblemError.field(field, "other_workstream", "Recommendation " + id + " is for the '"
                    + found.get().workstream() + "' workstream, not '" + workstream.slug + "'"));
        }
    }

    private static void ragReasonCheck(Rag rag, String reason, List<ProblemError> errors) {
        if ((rag == Rag.AMBER || rag == Rag.RED) && (reason == null || reason.isBlank())) {
            errors.add(ProblemError.field("ragReason", "required", "Say why the action is " + rag));
        }
    }

    private static void requireProgressOpen(Workplan plan) {
        if (!plan.acceptsProgress()) {
            throw ApiException.conflict("The " + plan.year + " workplan of '" + plan.workstream.slug + "' is closed; "
                    + "its actions no longer change");
        }
    }

    private static void applyContent(WorkplanAction action, ActionRequest request, Resolved resolved) {
        action.title = request.title().trim();
        action.description = Text.trimToNull(request.description());
        action.owner = resolved.owner();
        action.lead = Text.trimToNull(request.lead());
        action.startDate = request.startDate();
        action.dueDate = request.dueDate();
        action.kpi = resolved.kpi();
        action.recommendation = resolved.recommendation();
        action.answersRecommendations.retainAll(resolved.answersRecommendations());
        action.answersRecommendations.addAll(resolved.answersRecommendations());
        action.activity = resolved.activity();
    }

    private static void applyProgress(WorkplanAction action, ActionStatus status, Rag rag, String ragReason) {
        action.status = status;
        action.rag = rag;
        action.ragReason = rag == null ? null : Text.trimToNull(ragReason);
    }

    private static List<String> contentChanges(WorkplanAction action, ActionRequest request, Resolved resolved) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", action.title, request.title().trim());
        compare(changed, "description", action.description, Text.trimToNull(request.description()));
        compare(changed, "ownerOrganisation", action.owner.id, resolved.owner().id);
        compare(changed, "lead", action.lead, Text.trimToNull(request.lead()));
        compare(changed, "startDate", action.startDate, request.startDate());
        compare(changed, "dueDate", action.dueDate, request.dueDate());
        compare(changed, "kpiId", action.kpi == null ? null : action.kpi.id,
                resolved.kpi() == null ? null : resolved.kpi().id);
        compare(changed, "recommendation", action.recommendation == null ? null : action.recommendation.id,
                resolved.recommendation() == null ? null : resolved.recommendation().id);
        compare(changed, "answersRecommendations", action.answersRecommendations,
                resolved.answersRecommendations());
        compare(changed, "activity", action.activity, resolved.activity());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object current, Object requested) {
        if (!Objects.equals(current, requested)) {
            changed.add(field);
        }
    }

    private Versioned<ActionView> versioned(WorkplanAction action) {
        return new Versioned<>(ActionView.of(action, config.today()), action.version);
    }
}
