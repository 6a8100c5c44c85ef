package org.healthequity.workstreams.repository;

/** A logic model version is drafted, approved, and superseded when a later version is approved. */
public enum LogicModelStatus {
    DRAFT,
    APPROVED,
    SUPERSEDED
}
