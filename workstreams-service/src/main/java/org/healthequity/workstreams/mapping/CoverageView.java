package org.healthequity.workstreams.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationCoverage", description = "How many of the report's recommendations actions answer, per "
        + "principle, and the list of those no action answers")
public record CoverageView(long total, long answered, long unanswered, List<PrincipleCoverage> byPrinciple,
        List<RecommendationView> unansweredRecommendations) {

    @Schema(name = "PrincipleCoverage")
    public record PrincipleCoverage(int principle, long total, long answered) {
    }
}
