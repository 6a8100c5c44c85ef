package org.healthequity.workstreams.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.period.ParsedPeriod;
import org.healthequity.common.period.PeriodType;
import org.healthequity.common.period.RequestPeriods;
import org.healthequity.common.problem.ApiException;
import org.healthequity.workstreams.mapping.TransitionRequest;
import org.healthequity.workstreams.mapping.TransitionView;
import org.healthequity.workstreams.mapping.WorkplanRequest;
import org.healthequity.workstreams.mapping.WorkplanView;
import org.healthequity.workstreams.repository.ActionFilter;
import org.healthequity.workstreams.repository.ActionRepository;
import org.healthequity.workstreams.repository.Workplan;
import org.healthequity.workstreams.repository.WorkplanRepository;
import org.healthequity.workstreams.repository.WorkplanStatus;
import org.healthequity.workstreams.repository.WorkplanStep;
import org.healthequity.workstreams.repository.WorkplanTransition;
import org.healthequity.workstreams.repository.Workstream;

/**
 * Workplans and their sign-off. Leads draft, submit and close their workstreams' plans; only an admin (for the
 * board) signs a plan off or returns it to draft. Once submitted, a plan's content is read-only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkplanService {

    private final WorkstreamService workstreams;
    private final WorkplanRepository workplans;
    private final ActionRepository actions;
    private final Permissions permissions;

    WorkplanService(WorkstreamService workstreams, WorkplanRepository workplans, ActionRepository actions,
            Permissions permissions) {
        this.workstreams = workstreams;
        this.workplans = workplans;
        this.actions = actions;
        this.permissions = permissions;
    }

    public PagedResult<WorkplanView> list(String slug, WorkplanStatus status, PageRequest page) {
        PanacheQuery<Workplan> query = workplans.ofWorkstream(workstreams.find(slug), status);
        return QueryPages.of(query, page, WorkplanView::of);
    }

    public Versioned<WorkplanView> get(long id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<WorkplanView> create(String slug, WorkplanRequest request) {
        Workstream workstream = workstreams.find(slug);
        permissions.requireLead(workstream, "plan its work");
        ParsedPeriod year = RequestPeriods.require("year", request.year(), PeriodType.FINANCIAL_YEAR);
        if (workplans.findByYear(workstream, year.label()).isPresent()) {
            throw ApiException.conflict("Workstream '" + slug + "' already has a workplan for " + year.label());
        }
        Workplan plan = new Workplan();
        plan.workstream = workstream;
        plan.year = year.label();
        plan.periodStart = year.start();
        plan.periodEnd = year.end();
        plan.title = title(workstream, year.label(), request.title());
        plan.priorities.addAll(request.priorities().stream().map(String::trim).toList());
        workplans.persistAndFlush(plan);
        return versioned(plan);
    }

    @Transactional
    public Versioned<WorkplanView> update(long id, String ifMatch, WorkplanRequest request) {
        Workplan plan = find(id);
        permissions.requireLead(plan.workstream, "change its workplans");
        EntityTags.requireMatch(ifMatch, plan.version);
        ParsedPeriod year = RequestPeriods.require("year", request.year(), PeriodType.FINANCIAL_YEAR);
        if (!year.label().equals(plan.year)) {
            throw ApiException.invalidField("year", "immutable", "A workplan's year cannot change (it is " + plan.year
                    + ")");
        }
        requireEditable(plan);
        plan.title = title(plan.workstream, plan.year, request.title());
        plan.priorities.clear();
        plan.priorities.addAll(request.priorities().stream().map(String::trim).toList());
        workplans.flush();
        return versioned(plan);
    }

    /** Moves the plan's status; an illegal move is a 409 naming the moves its status allows. */
    @Transactional
    public Versioned<WorkplanView> transition(long id, String ifMatch, TransitionRequest request) {
        Workplan plan = find(id);
        WorkplanStep step = request.action();
        switch (step) {
            case SUBMIT, CLOSE -> permissions.requireLead(plan.workstream, step.name().toLowerCase()
                    + " its workplans");
            case SIGN_OFF, RETURN -> permissions.requireAdmin(step == WorkplanStep.SIGN_OFF ? "sign a workplan off"
                    : "return a submitted workplan to draft");
        }
        if (ifMatch != null) {
            EntityTags.requireMatch(ifMatch, plan.version);
        }
        if (step.from() != plan.status) {
            List<WorkplanStep> allowed = WorkplanStep.availableFrom(plan.status);
            throw ApiException.conflict("The workplan is " + plan.status + ", so " + step + " is not allowed; "
                    + (allowed.isEmpty() ? "no transition is" : "only " + allowed + " is") + " allowed from "
                    + plan.status);
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().trim();
        if (step == WorkplanStep.RETURN && comment == null) {
            throw ApiException.invalidField("comment", "required", "Say why the workplan goes back to draft");
        }
        if (step == WorkplanStep.SUBMIT && actions.search(ActionFilter.ofWorkplan(plan)).count() == 0) {
            throw ApiException.conflict("A workplan needs at least one action before it is submitted");
        }
        apply(plan, step, comment);
        workplans.flush();
        return versioned(plan);
    }

    public List<TransitionView> transitions(long id) {
        return workplans.transitions(find(id).id).stream().map(TransitionView::of).toList();
    }

    public Workplan find(long id) {
        Workplan plan = workplans.findById(id);
        if (plan == null) {
            throw ApiException.notFound("Workplan", id);
        }
        return plan;
    }

    /** A 409 unless the plan is still a draft, whose content may change. */
    static void requireEditable(Workplan plan) {
        if (!plan.isEditable()) {
            throw ApiException.conflict("The " + plan.year + " workplan of '" + plan.workstream.slug + "' is "
                    + plan.status + ": its content is read-only" + (plan.acceptsProgress()
                            ? "; only progress on its actions continues" : ""));
        }
    }

    private void apply(Workplan plan, WorkplanStep step, String comment) {
        Instant now = Instant.now();
        String who = permissions.name();
        WorkplanTransition transition = new WorkplanTransition();
        transition.workplanId = plan.id;
        transition.action = step;
        transition.fromStatus = plan.status;
        transition.toStatus = step.to();
        transition.comment = comment;
        transition.performedBy = who;
        transition.performedAt = now;
        switch (step) {
            case SUBMIT -> {
                plan.submittedBy = who;
                plan.submittedAt = now;
            }
            case RETURN -> {
                plan.submittedBy = null;
                plan.submittedAt = null;
            }
            case SIGN_OFF -> {
                plan.signedOffBy = who;
                plan.signedOffAt = now;
            }
            case CLOSE -> {
                plan.closedBy = who;
                plan.closedAt = now;
            }
        }
        plan.status = step.to();
        workplans.record(transition);
    }

    private static String title(Workstream workstream, String year, String requested) {
        return requested == null || requested.isBlank() ? workstream.name + " workplan " + year : requested.trim();
    }

    private static Versioned<WorkplanView> versioned(Workplan plan) {
        return new Versioned<>(WorkplanView.of(plan), plan.version);
    }
}
