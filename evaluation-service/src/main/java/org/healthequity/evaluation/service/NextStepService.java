package org.healthequity.evaluation.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.mapping.Text;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.period.PeriodType;
import org.healthequity.common.period.RequestPeriods;
import org.healthequity.common.problem.ApiException;
import org.healthequity.evaluation.mapping.NextStepRequest;
import org.healthequity.evaluation.mapping.NextStepView;
import org.healthequity.evaluation.repository.NextStep;
import org.healthequity.evaluation.repository.NextStepRepository;

/** Next steps; owner slugs are checked with workstreams-service before anything is written. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NextStepService {

    private final NextStepRepository steps;
    private final References references;

    NextStepService(NextStepRepository steps, References references) {
        this.steps = steps;
        this.references = references;
    }

    public PagedResult<NextStepView> list(String year, Boolean done, PageRequest page) {
        PanacheQuery<NextStep> query = steps.search(year, done);
        return QueryPages.of(query, page, NextStepView::of);
    }

    public List<NextStepView> ofYear(String year) {
        return steps.search(year, null).list().stream().map(NextStepView::of).toList();
    }

    public Versioned<NextStepView> get(long id) {
        return versioned(find(id));
    }

    @Transactional(Transactional.TxType.NEVER)
    public Versioned<NextStepView> create(NextStepRequest request) {
        String year = checked(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            NextStep step = new NextStep();
            apply(step, request, year);
            steps.persistAndFlush(step);
            return versioned(step);
        });
    }

    @Transactional(Transactional.TxType.NEVER)
    public Versioned<NextStepView> update(long id, String ifMatch, NextStepRequest request) {
        EntityTags.requireMatch(ifMatch, find(id).version);
        String year = checked(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            NextStep step = find(id);
            EntityTags.requireMatch(ifMatch, step.version);
            apply(step, request, year);
            steps.flush();
            return versioned(step);
        });
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        NextStep step = find(id);
        EntityTags.requireMatch(ifMatch, step.version);
        steps.delete(step);
    }

    private String checked(NextStepRequest request) {
        String year = RequestPeriods.require("year", request.year(), PeriodType.FINANCIAL_YEAR).label();
        references.check(List.of(References.organisation("ownerOrganisation", request.ownerOrganisation())));
        return year;
    }

    private static void apply(NextStep step, NextStepRequest request, String year) {
        step.text = request.text().trim();
        step.ownerOrganisation = Text.trimToNull(request.ownerOrganisation());
        step.dueDate = request.dueDate();
        step.done = Boolean.TRUE.equals(request.done());
        step.year = year;
    }

    private NextStep find(long id) {
        return steps.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Next step", id));
    }

    private static Versioned<NextStepView> versioned(NextStep step) {
        return new Versioned<>(NextStepView.of(step), step.version);
    }
}
