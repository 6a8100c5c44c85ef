package org.healthequity.indicators.repository;

/** What an import does when some rows are invalid. */
public enum ImportMode {
    /** Any invalid row rejects the whole import; nothing is stored (the default). */
    ALL_OR_NOTHING,
    /** Valid rows are stored and invalid rows are reported. */
    VALID_ONLY
}
