package org.healthequity.evaluation.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.Achievement;

@Schema(name = "Achievement", description = "An achievement of one of the programmes")
public record AchievementView(long id, String programme, String description, String year, Metric metric,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static AchievementView of(Achievement achievement) {
        Metric metric = achievement.metricValue == null ? null
                : new Metric(achievement.metricValue, achievement.metricUnit, achievement.metricQualifier);
        return new AchievementView(achievement.id, achievement.programme, achievement.description, achievement.year,
                metric, achievement.createdAt, achievement.createdBy, achievement.updatedAt, achievement.updatedBy);
    }
}
