package org.healthequity.common.period;

import org.healthequity.common.problem.ApiException;

/** Period labels in requests, read the way indicators-service reads them and held to the kind a resource needs. */
public final class RequestPeriods {

    private RequestPeriods() {
    }

    /** Reads a label that must be a period of the given type; a 422 naming the field otherwise. */
    public static ParsedPeriod require(String field, String label, PeriodType type) {
        ParsedPeriod period;
        try {
            period = PeriodParser.parse(label, yearType(type));
        } catch (PeriodParser.UnparseablePeriodException e) {
            throw ApiException.invalidField(field, "unparseable_period", e.getMessage());
        }
        if (period.type() != type) {
            throw ApiException.invalidField(field, "wrong_period_type", "'" + label + "' is a " + period.type()
                    + " period; " + type + " periods are expected here");
        }
        return period;
    }

    /** What a split-year label such as 2024/25 means for a frequency. */
    private static YearType yearType(PeriodType type) {
        return switch (type) {
            case ACADEMIC_YEAR, ACADEMIC_MULTI_YEAR -> YearType.ACADEMIC;
            case CALENDAR_YEAR, CALENDAR_QUARTER, CALENDAR_MULTI_YEAR -> YearType.CALENDAR;
            default -> YearType.FINANCIAL;
        };
    }
}
