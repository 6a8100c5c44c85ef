package org.healthequity.workstreams.mapping;

/**
 * How an actual's reach is broken down. Deprivation quintiles are national IMD quintiles, 1 the most deprived 20 %
 * (the "Core20" of NHS England's Core20PLUS5).
 */
public enum ReachDimension {
    DEPRIVATION_QUINTILE,
    WARD,
    ETHNIC_GROUP,
    SEX,
    AGE_BAND
}
