package org.healthequity.workstreams.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiRepository;

/**
 * Recomputes at start-up the RAG of every KPI whose stored statuses an older rule computed (or that has targets or
 * actuals but no statuses), so that a new rule version applies everywhere at once.
 */
@ApplicationScoped
public class KpiStatusRefresher {

    private static final Logger LOG = Logger.getLogger(KpiStatusRefresher.class);

    private final KpiRepository kpis;
    private final KpiService kpiService;

    KpiStatusRefresher(KpiRepository kpis, KpiService kpiService) {
        this.kpis = kpis;
        this.kpiService = kpiService;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        List<Kpi> stale = kpis.staleStatuses(KpiRagRule.VERSION);
        stale.forEach(kpiService::recompute);
        if (!stale.isEmpty()) {
            LOG.infof("Recomputed the RAG of %d KPIs with rule %s", stale.size(), KpiRagRule.VERSION);
        }
    }
}
