package org.healthequity.workstreams.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.problem.ProblemError;

@Schema(name = "ActualBatchSummary", description = "What a batch of actuals stored, or would store in a dry run")
public record ActualBatchSummary(
        @Schema(description = "COMMITTED, or DRY_RUN (nothing stored; the counts are what the same batch would "
                + "store)", examples = "COMMITTED") String result,
        boolean dryRun,
        BatchMode mode,
        @Schema(examples = "12") int rowsRead,
        @Schema(description = "Periods reported for the first time", examples = "10") int created,
        @Schema(description = "Actuals not yet approved that the batch replaced; they go back to review",
                examples = "2") int updated,
        @Schema(description = "Rows refused") int rejected,
        @Schema(description = "The KPIs whose RAG was recomputed") List<Long> kpis,
        int errorCount,
        @Schema(description = "The first 1 000 problems, each naming its row and field") List<ProblemError> errors) {
}
