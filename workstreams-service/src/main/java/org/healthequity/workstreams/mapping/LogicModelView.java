package org.healthequity.workstreams.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.LogicModel;
import org.healthequity.workstreams.repository.LogicModelContent;
import org.healthequity.workstreams.repository.LogicModelStatus;

@Schema(name = "LogicModel", description = "One version of a workstream's logic model")
public record LogicModelView(
        @Schema(examples = "business-skills-employment") String workstream,
        @Schema(examples = "1") int version,
        LogicModelStatus status,
        LogicModelContent content,
        String approvedBy,
        Instant approvedAt,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public static LogicModelView of(LogicModel model) {
        return new LogicModelView(model.workstream.slug, model.versionNumber, model.status, model.content,
                model.approvedBy, model.approvedAt, model.createdAt, model.createdBy, model.updatedAt,
                model.updatedBy);
    }
}
