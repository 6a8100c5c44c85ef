package org.healthequity.workstreams.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.workstreams.client.IndicatorsClient;
import org.healthequity.workstreams.config.WorkstreamsConfig;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiRepository;
import org.healthequity.workstreams.repository.LogicModelContent;
import org.healthequity.workstreams.repository.OrganisationRepository;
import org.healthequity.workstreams.repository.Workstream;

/**
 * Checks that what a logic model refers to exists: organisations and KPIs here, outcome indicators in
 * indicators-service. Every unknown reference is reported at once, each under the field that holds it.
 */
@ApplicationScoped
public class ReferenceChecks {

    private static final Logger LOG = Logger.getLogger(ReferenceChecks.class);

    private final OrganisationRepository organisations;
    private final KpiRepository kpis;
    private final IndicatorsClient indicators;
    private final WorkstreamsConfig config;

    ReferenceChecks(OrganisationRepository organisations, KpiRepository kpis, IndicatorsClient indicators,
            WorkstreamsConfig config) {
        this.organisations = organisations;
        this.kpis = kpis;
        this.indicators = indicators;
        this.config = config;
    }

    /** Lead organisations and output KPIs, which live in this service's database. */
    public void checkLocal(Workstream workstream, LogicModelContent content) {
        List<ProblemError> errors = new ArrayList<>();
        for (int i = 0; i < content.activities().size(); i++) {
            String slug = content.activities().get(i).leadOrganisation();
            if (organisations.findBySlug(slug).isEmpty()) {
                errors.add(ProblemError.field("activities[" + i + "].leadOrganisation", "unknown_organisation",
                        "No organisation has the slug '" + slug + "'"));
            }
        }
        for (int i = 0; i < content.outputs().size(); i++) {
            Long kpiId = content.outputs().get(i).kpiId();
            if (kpiId == null) {
                continue;
            }
            Kpi kpi = kpis.findById(kpiId);
            if (kpi == null || !Objects.equals(kpi.workstream.id, workstream.id)) {
                errors.add(ProblemError.field("outputs[" + i + "].kpiId", "unknown_kpi",
                        "Workstream '" + workstream.slug + "' has no KPI " + kpiId));
            }
        }
        throwIfAny(errors);
    }

    /**
     * Outcome indicator ids, asked of indicators-service; a 503 problem when it cannot answer, so that nothing is
     * saved on a guess.
     */
    public void checkIndicators(LogicModelContent content) {
        Map<Integer, Boolean> known = new HashMap<>();
        List<ProblemError> errors = new ArrayList<>();
        for (int i = 0; i < content.outcomes().size(); i++) {
            List<Integer> ids = content.outcomes().get(i).indicatorIds();
            for (int j = 0; j < ids.size(); j++) {
                int id = ids.get(j);
                if (!known.computeIfAbsent(id, this::indicatorExists)) {
                    errors.add(ProblemError.field("outcomes[" + i + "].indicatorIds[" + j + "]", "unknown_indicator",
                            "indicators-service has no indicator " + id));
                }
            }
        }
        throwIfAny(errors);
    }

    private boolean indicatorExists(int id) {
        try {
            return indicators.exists(id);
        } catch (RuntimeException e) {
            LOG.warnf("indicators-service could not check indicator %d: %s", id, e.toString());
            throw ApiException.unavailable("indicators-service cannot be reached to check outcome indicator " + id
                    + "; nothing was saved. Try again shortly.", config.indicators().openFor());
        }
    }

    private static void throwIfAny(List<ProblemError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " references are unknown", errors);
        }
    }
}
