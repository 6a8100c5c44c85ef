package org.healthequity.workstreams.mapping;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.WorkstreamStatus;

@Schema(name = "Workstream", description = "A priority workstream of the programme")
public record WorkstreamView(
        @Schema(examples = "business-skills-employment") String slug,
        @Schema(examples = "Business, Skills and Employment") String name,
        @Schema(examples = "Public Health Manager") String chairRole,
        String description,
        @Schema(examples = "[2, 3]") List<Integer> principles,
        WorkstreamStatus status,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {
}
