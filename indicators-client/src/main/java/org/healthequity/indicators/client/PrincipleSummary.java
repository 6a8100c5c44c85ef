package org.healthequity.indicators.client;

/** A Marmot principle as indicators-service lists it. */
public record PrincipleSummary(int id, String title, String shortTitle) {
}
