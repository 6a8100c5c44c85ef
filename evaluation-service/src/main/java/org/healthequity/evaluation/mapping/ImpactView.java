package org.healthequity.evaluation.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.Impact;
import org.healthequity.evaluation.repository.ImpactMode;

@Schema(name = "Impact", description = "A record of the programme's impact on the system")
public record ImpactView(long id, ImpactMode mode, String description, String year, LocalDate date, String evidence,
        List<String> partners, @Schema(description = "The Marmot principles it served") List<Integer> principles,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static ImpactView of(Impact impact) {
        return new ImpactView(impact.id, impact.mode, impact.description, impact.year, impact.occurredOn,
                impact.evidence, List.copyOf(impact.partners), List.copyOf(impact.principles), impact.createdAt,
                impact.createdBy, impact.updatedAt, impact.updatedBy);
    }
}
