package org.healthequity.workstreams.mapping;

/** What a batch with invalid rows does: store nothing (the default), or store its valid rows. */
public enum BatchMode {
    ALL_OR_NOTHING,
    VALID_ONLY
}
