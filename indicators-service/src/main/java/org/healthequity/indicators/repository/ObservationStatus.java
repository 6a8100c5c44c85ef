package org.healthequity.indicators.repository;

public enum ObservationStatus {
    PROVISIONAL,
    PUBLISHED
}
