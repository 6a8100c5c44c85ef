package org.healthequity.evaluation.repository;

/** How a metric's value is meant: exactly it, more than it ("over 8000"), or up to it ("up to £2000"). */
public enum MetricQualifier {
    EXACTLY,
    MORE_THAN,
    UP_TO
}
