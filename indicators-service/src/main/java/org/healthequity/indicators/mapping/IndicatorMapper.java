package org.healthequity.indicators.mapping;

import org.healthequity.common.period.YearType;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.statistics.BenchmarkMethod;

public final class IndicatorMapper {

    private IndicatorMapper() {
    }

    public static IndicatorView toView(Indicator indicator) {
        return new IndicatorView(indicator.id, indicator.name, indicator.definition, indicator.principleId,
                indicator.valueType, indicator.unit, indicator.multiplier, indicator.polarity,
                indicator.benchmarkMethod, indicator.validMin, indicator.validMax, indicator.yearType,
                indicator.source, indicator.frequency, indicator.createdAt, indicator.createdBy, indicator.updatedAt,
                indicator.updatedBy);
    }

    /** Copies the definition; the id is the identity and stays. */
    public static void update(Indicator indicator, IndicatorRequest request) {
        indicator.name = request.name().trim();
        indicator.definition = blankToNull(request.definition());
        indicator.principleId = request.principle().shortValue();
        indicator.valueType = request.valueType();
        indicator.unit = blankToNull(request.unit());
        indicator.multiplier = request.multiplier() == null ? 1 : request.multiplier();
        indicator.polarity = request.polarity();
        indicator.benchmarkMethod = request.benchmarkMethod() == null ? BenchmarkMethod.CI_95
                : request.benchmarkMethod();
        indicator.validMin = request.validMin();
        indicator.validMax = request.validMax();
        indicator.yearType = request.yearType() == null ? YearType.FINANCIAL : request.yearType();
        indicator.source = blankToNull(request.source());
        indicator.frequency = blankToNull(request.frequency());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
