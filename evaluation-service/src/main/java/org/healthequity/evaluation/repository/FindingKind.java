package org.healthequity.evaluation.repository;

public enum FindingKind {
    OPPORTUNITY,
    CHALLENGE,
    INSIGHT
}
