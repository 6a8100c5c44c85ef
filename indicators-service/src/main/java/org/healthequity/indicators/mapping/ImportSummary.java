package org.healthequity.indicators.mapping;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.problem.ProblemError;
import org.healthequity.indicators.repository.ImportFormat;
import org.healthequity.indicators.repository.ImportMode;

@Schema(name = "ImportSummary", description = "What an import changed, or why it changed nothing")
public record ImportSummary(
        @Schema(description = "The import's record; absent for a dry run") Long id,
        @Schema(description = "COMMITTED, REJECTED (nothing stored) or DRY_RUN (nothing stored, counts as if)",
                examples = "COMMITTED") String result,
        boolean dryRun,
        ImportMode mode,
        ImportFormat format,
        @Schema(description = "The source given with the import") String source,
        @Schema(examples = "106") int rowsRead,
        @Schema(examples = "106") int created,
        int updated,
        @Schema(description = "Rows already stored exactly so") int unchanged,
        @Schema(description = "Rows refused") int rejected,
        @Schema(description = "Areas the file described that were registered") int areasCreated,
        int errorCount,
        @Schema(description = "The first 1 000 problems, each naming its row and field") List<ProblemError> errors,
        @Schema(description = "SHA-256 of the body as received") String sha256,
        Instant startedAt,
        Instant finishedAt,
        String createdBy) {
}
