package org.healthequity.evaluation.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.Guard;

import org.healthequity.common.client.Guards;
import org.healthequity.common.client.SourceReads;
import org.healthequity.evaluation.config.EvaluationConfig;
import org.healthequity.indicators.client.ChangeSinceBaseline;
import org.healthequity.indicators.client.IndicatorsApi;
import org.healthequity.indicators.client.PrincipleSummary;
import org.healthequity.indicators.client.Scorecard;

/**
 * indicators-service's scorecard, change since baseline and principles for the annual report and the delivery
 * views, guarded by {@code evaluation.indicators.*} and revalidated by their ETags ({@link SourceReads}).
 */
@ApplicationScoped
public class IndicatorsClient {

    /** More than there are principles (nine). */
    private static final int PRINCIPLES = 20;

    private final IndicatorsApi api;
    private final Guard guard;
    private final SourceReads reads;

    IndicatorsClient(@RestClient IndicatorsApi api, EvaluationConfig config, SourceReads reads) {
        this.api = api;
        this.reads = reads;
        this.guard = Guards.of("indicators", config.indicators());
    }

    public Scorecard scorecard(String areaCode) {
        return reads.read(guard, "indicators GET /api/v1/scorecards/" + areaCode,
                tag -> api.scorecard(areaCode, tag));
    }

    /** Each of the area's indicators' change since the baseline, against England and the region. */
    public ChangeSinceBaseline change(String areaCode) {
        return reads.read(guard, "indicators GET /api/v1/scorecards/" + areaCode + "/change",
                tag -> api.change(areaCode, tag));
    }

    /** The nine Marmot principles. */
    public List<PrincipleSummary> principles() {
        IndicatorsApi.Principles page = reads.read(guard, "indicators GET /api/v1/principles?pageSize=" + PRINCIPLES,
                tag -> api.principles(PRINCIPLES, tag));
        return page.items();
    }
}
