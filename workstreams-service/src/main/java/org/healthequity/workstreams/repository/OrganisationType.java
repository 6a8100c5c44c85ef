package org.healthequity.workstreams.repository;

public enum OrganisationType {
    LOCAL_AUTHORITY,
    NHS,
    UNIVERSITY,
    VOLUNTARY_SECTOR,
    BUSINESS,
    OTHER
}
