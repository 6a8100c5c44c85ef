package org.healthequity.workstreams.repository;

/** Red, amber or green: for KPIs against their targets, for actions as their owners judge delivery. */
public enum Rag {
    GREEN,
    AMBER,
    RED
}
