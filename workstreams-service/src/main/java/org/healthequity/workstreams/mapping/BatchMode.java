package org.healthequity.workstreams.mapping;

import org.healthequity.common.http.QueryParams;

/** What a batch with invalid rows does: store nothing (the default), or store its valid rows. */
public enum BatchMode {
    ALL_OR_NOTHING,
    VALID_ONLY;

    /** The {@code mode} query parameter: ALL_OR_NOTHING when absent, a 400 naming it when unknown. */
    public static BatchMode of(String mode) {
        return mode == null || mode.isBlank() ? ALL_OR_NOTHING : QueryParams.enumValue(BatchMode.class, "mode", mode);
    }
}
