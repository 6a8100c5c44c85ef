package org.healthequity.evaluation.repository;

/** How the programme acts on the wider system. */
public enum ImpactMode {
    LEADING,
    INFLUENCING,
    FACILITATING_ENABLING
}
