package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a batch of actuals: the KPI, the period, the value and its evidence, as one actual is reported. */
@Schema(name = "ActualBatchRow", description = "One KPI's actual for a period, in a batch")
public record ActualBatchRow(
        @Schema(description = "The KPI's id", examples = "12") Long kpi,
        @Schema(examples = "2024/25") String period,
        @Schema(examples = "134") BigDecimal value,
        @Schema(maxLength = ActualBatchRow.MAX_EVIDENCE, examples = "SEMLEP quarterly monitoring return")
        String evidence,
        @Schema(description = "Titled links to the evidence (JSON only)", maxItems = EvidenceLink.MAX_PER_ACTUAL)
        List<EvidenceLink> evidenceLinks,
        @Schema(description = "The actual broken down (JSON only), as for one actual",
                maxItems = ReachCount.MAX_PER_ACTUAL) List<ReachCount> breakdowns) {

    public static final int MAX_EVIDENCE = 4000;
}
