package org.healthequity.workstreams.mapping;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ReportRecommendation;

@Schema(name = "ReportRecommendation", description = "A recommendation of the Marmot report, its workstreams, and "
        + "whether any action answers it")
public record RecommendationView(
        @Schema(examples = "3.2") String code,
        @Schema(examples = "3") int principle,
        String text,
        List<String> workstreams,
        @Schema(description = "Whether an action that is not cancelled answers it") boolean answered,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public static RecommendationView of(ReportRecommendation recommendation, boolean answered) {
        return new RecommendationView(recommendation.code, recommendation.principle, recommendation.text,
                recommendation.workstreams.stream().map(workstream -> workstream.slug).toList(), answered,
                recommendation.createdAt, recommendation.createdBy, recommendation.updatedAt,
                recommendation.updatedBy);
    }
}
