package org.healthequity.indicators.repository;

/** What an area group is for. */
public enum AreaGroupKind {
    /** An area's statistical neighbours (CIPFA's or ONS's model, say): the group names its owner area. */
    NEAREST_NEIGHBOURS,
    /** The areas of one type within a region. */
    REGION_PEERS,
    CUSTOM
}
