package org.healthequity.workstreams.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.problem.ProblemError;

@Schema(name = "ActionUpdateBatchSummary", description = "What a batch of progress updates stored, or would store "
        + "in a dry run")
public record ActionUpdateBatchSummary(
        @Schema(description = "COMMITTED, or DRY_RUN (nothing stored; the counts are what the same batch would "
                + "store)", examples = "COMMITTED") String result,
        boolean dryRun,
        BatchMode mode,
        @Schema(examples = "12") int rowsRead,
        @Schema(description = "Updates added", examples = "11") int created,
        @Schema(description = "Rows refused") int rejected,
        @Schema(description = "The actions that received progress") List<Long> actions,
        int errorCount,
        @Schema(description = "The first 1 000 problems, each naming its row and field") List<ProblemError> errors) {
}
