package org.healthequity.indicators.repository;

public enum ImportStatus {
    COMMITTED,
    REJECTED
}
