package org.healthequity.workstreams.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class KpiRepository implements PanacheRepository<Kpi> {

    private final EntityManager entityManager;

    KpiRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** KPIs of a workstream and/or reported by an organisation, by workstream then id. */
    public PanacheQuery<Kpi> search(Workstream workstream, Organisation owner) {
        Sort order = Sort.by("workstream.name").and("id");
        if (workstream != null && owner != null) {
            return find("workstream = :workstream and owner = :owner", order,
                    Parameters.with("workstream", workstream).and("owner", owner));
        }
        if (workstream != null) {
            return find("workstream", order, workstream);
        }
        return owner == null ? findAll(order) : find("owner", order, owner);
    }

    public List<KpiActual> actuals(Kpi kpi) {
        return entityManager.createQuery("from KpiActual where kpi = :kpi order by period.sortKey", KpiActual.class)
                .setParameter("kpi", kpi).getResultList();
    }

    public Optional<KpiActual> actual(Kpi kpi, long actualId) {
        return entityManager.createQuery("from KpiActual where kpi = :kpi and id = :id", KpiActual.class)
                .setParameter("kpi", kpi).setParameter("id", actualId).getResultStream().findFirst();
    }

    public Optional<KpiActual> actual(Kpi kpi, String periodLabel) {
        return entityManager.createQuery("from KpiActual where kpi = :kpi and period.label = :label", KpiActual.class)
                .setParameter("kpi", kpi).setParameter("label", periodLabel).getResultStream().findFirst();
    }

    public List<KpiPeriodStatus> statuses(long kpiId) {
        return entityManager.createQuery("from KpiPeriodStatus where kpiId = :kpi order by periodSortKey",
                KpiPeriodStatus.class).setParameter("kpi", kpiId).getResultList();
    }

    /** The computed statuses of many KPIs at once, by KPI then period. */
    public List<KpiPeriodStatus> statuses(List<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from KpiPeriodStatus where kpiId in :kpis order by kpiId, periodSortKey",
                KpiPeriodStatus.class).setParameter("kpis", kpiIds).getResultList();
    }

    public void replaceStatuses(long kpiId, List<KpiPeriodStatus> statuses) {
        entityManager.createQuery("delete from KpiPeriodStatus where kpiId = :kpi").setParameter("kpi", kpiId)
                .executeUpdate();
        statuses.forEach(entityManager::persist);
    }

    /** KPIs whose stored statuses another rule version computed, or that have targets or actuals but none. */
    public List<Kpi> staleStatuses(String ruleVersion) {
        return list("select k from Kpi k where exists (from KpiPeriodStatus s where s.kpiId = k.id "
                + "and s.ruleVersion <> ?1) or (not exists (from KpiPeriodStatus s where s.kpiId = k.id) "
                + "and (exists (from KpiTarget t where t.kpi = k) or exists (from KpiActual a where a.kpi = k)))",
                ruleVersion);
    }
}
