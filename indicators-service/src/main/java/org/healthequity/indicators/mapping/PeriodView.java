package org.healthequity.indicators.mapping;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.period.PeriodType;
import org.healthequity.indicators.repository.Period;

@Schema(name = "Period", description = "A time period read from its label")
public record PeriodView(
        @Schema(examples = "2018-20") String label,
        PeriodType type,
        @Schema(examples = "2018-01-01") LocalDate start,
        @Schema(examples = "2020-12-31") LocalDate end,
        @Schema(examples = "20180000", description = "Fingertips' Time period Sortable, YYYYQQMM") int sortKey) {

    public static PeriodView of(Period period) {
        return new PeriodView(period.label, period.type, period.start, period.end, period.sortKey);
    }
}
