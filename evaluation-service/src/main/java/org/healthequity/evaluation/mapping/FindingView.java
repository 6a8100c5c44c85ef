package org.healthequity.evaluation.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.Finding;
import org.healthequity.evaluation.repository.FindingKind;

@Schema(name = "Finding", description = "Something an evaluation found")
public record FindingView(long id, long evaluationId, FindingKind kind, String theme, String statement,
        String evidence, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static FindingView of(Finding finding) {
        return new FindingView(finding.id, finding.evaluation.id, finding.kind, finding.theme, finding.statement,
                finding.evidence, finding.createdAt, finding.createdBy, finding.updatedAt, finding.updatedBy);
    }
}
