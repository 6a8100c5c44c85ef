package org.healthequity.evaluation.repository;

public enum EvaluationStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    PUBLISHED
}
