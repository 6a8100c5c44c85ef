package org.healthequity.indicators.repository;

public enum ImportFormat {
    FINGERTIPS_CSV,
    JSON
}
