package org.healthequity.indicators.imports;

import java.time.Instant;
import java.util.List;

import org.healthequity.common.problem.ProblemError;
import org.healthequity.indicators.mapping.ImportSummary;
import org.healthequity.indicators.repository.ImportStatus;

/** What an import did, as kept in its run log and told to the caller. */
record ImportOutcome(ImportStatus status, int rowsRead, int created, int updated, int unchanged, int rejected,
        int areasCreated, int errorCount, List<ProblemError> errors, String sha256, Long recordId, Instant finished) {

    ImportSummary summary(Long id, ImportService.Request request, String user, Instant started) {
        String shown = request.dryRun() ? "DRY_RUN" : status.name();
        return new ImportSummary(id, shown, request.dryRun(), request.mode(), request.format(), request.source(),
                rowsRead, created, updated, unchanged, rejected, areasCreated, errorCount, errors, sha256, started,
                finished, user);
    }
}
