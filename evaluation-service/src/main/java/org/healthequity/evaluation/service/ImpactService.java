package org.healthequity.evaluation.service;

import java.time.Instant;
import java.util.ArrayList;
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
import org.healthequity.evaluation.mapping.ImpactRequest;
import org.healthequity.evaluation.mapping.ImpactView;
import org.healthequity.evaluation.repository.Impact;
import org.healthequity.evaluation.repository.ImpactMode;
import org.healthequity.evaluation.repository.ImpactRepository;

/** System impact records; partner slugs are checked with workstreams-service before anything is written. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImpactService {

    private final ImpactRepository impacts;
    private final References references;

    ImpactService(ImpactRepository impacts, References references) {
        this.impacts = impacts;
        this.references = references;
    }

    public PagedResult<ImpactView> list(ImpactMode mode, String year, PageRequest page) {
        PanacheQuery<Impact> query = impacts.search(mode, year);
        return QueryPages.of(query, page, ImpactView::of);
    }

    /** Every record naming the principle, newest year first. */
    public List<ImpactView> ofPrinciple(int principle) {
        return impacts.ofPrinciple(principle).stream().map(ImpactView::of).toList();
    }

    public List<ImpactView> ofYear(String year) {
        return impacts.search(null, year).list().stream().map(ImpactView::of).toList();
    }

    public Versioned<ImpactView> get(long id) {
        return versioned(find(id));
    }

    @Transactional(Transactional.TxType.NEVER)
    public Versioned<ImpactView> create(ImpactRequest request) {
        String year = checked(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            Impact impact = new Impact();
            apply(impact, request, year);
            impacts.persistAndFlush(impact);
            return versioned(impact);
        });
    }

    @Transactional(Transactional.TxType.NEVER)
    public Versioned<ImpactView> update(long id, String ifMatch, ImpactRequest request) {
        EntityTags.requireMatch(ifMatch, find(id).version);
        String year = checked(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            Impact impact = find(id);
            EntityTags.requireMatch(ifMatch, impact.version);
            apply(impact, request, year);
            impact.updatedAt = Instant.now();
            impacts.flush();
            return versioned(impact);
        });
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Impact impact = find(id);
        EntityTags.requireMatch(ifMatch, impact.version);
        impacts.delete(impact);
    }

    /** Validates the year and checks the partners; answers the year's canonical label. */
    private String checked(ImpactRequest request) {
        String year = RequestPeriods.require("year", request.year(), PeriodType.FINANCIAL_YEAR).label();
        List<References.Reference> partners = new ArrayList<>();
        for (int i = 0; i < request.partners().size(); i++) {
            partners.add(References.organisation("partners[" + i + "]", request.partners().get(i)));
        }
        references.check(partners);
        return year;
    }

    private static void apply(Impact impact, ImpactRequest request, String year) {
        impact.mode = request.mode();
        impact.description = request.description().trim();
        impact.year = year;
        impact.occurredOn = request.date();
        impact.evidence = Text.trimToNull(request.evidence());
        impact.partners.clear();
        request.partners().stream().map(String::trim).forEach(impact.partners::add);
        impact.principles.clear();
        request.principles().stream().distinct().sorted().forEach(impact.principles::add);
    }

    private Impact find(long id) {
        return impacts.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Impact", id));
    }

    private static Versioned<ImpactView> versioned(Impact impact) {
        return new Versioned<>(ImpactView.of(impact), impact.version);
    }
}
