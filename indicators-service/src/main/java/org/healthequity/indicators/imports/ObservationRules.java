package org.healthequity.indicators.imports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.indicators.imports.format.ImportField;
import org.healthequity.indicators.imports.format.ImportRow;
import org.healthequity.indicators.imports.format.ImportRows;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.LimitsSource;
import org.healthequity.indicators.repository.Observation;
import org.healthequity.indicators.repository.ObservationStatus;
import org.healthequity.indicators.repository.Period;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.Estimate;
import org.healthequity.indicators.statistics.LimitsFromCounts;
import org.healthequity.indicators.statistics.ValueType;

/**
 * The rules an observation must keep to be stored: its indicator exists and its area exists (or is fully described
 * by the row, as a Fingertips download describes every area), its period reads, its value lies in the indicator's
 * valid range, a proportion's count does not exceed its denominator, and each interval contains the value. Missing
 * limits are computed from the counts by the indicator's value type; supplied limits are kept as supplied.
 */
final class ObservationRules {

    /** A row that passed, typed and complete, ready to stage. */
    record ValidRow(int number, int indicatorId, String areaCode, Period period, String sex, String age,
            String categoryType, String category, Double value, Double count, Double denominator, Double lower95,
            Double upper95, Double lower998, Double upper998, LimitsSource limitsSource, String valueNote,
            ObservationStatus status, String reportedTrend, ComparisonOutcome vsEngland, ComparisonOutcome vsRegion,
            ComparisonOutcome vsNeighbours, String source) {
    }

    /** An area a Fingertips row describes that this system does not have yet. */
    record NewArea(String code, String name, AreaType type, String parentCode, int firstRow) {
    }

    private final Map<Integer, Indicator> indicators;
    private final Map<String, Area> areas;
    private final Map<String, NewArea> newAreas = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();
    private final String defaultSource;

    ObservationRules(Map<Integer, Indicator> indicators, Map<String, Area> areas, String defaultSource) {
        this.indicators = indicators;
        this.areas = areas;
        this.defaultSource = defaultSource;
    }

    Map<String, NewArea> newAreas() {
        return newAreas;
    }

    /** The row as a ValidRow, or the problems with it added to {@code errors}. */
    ValidRow check(ImportRow row, ImportRows format, ImportErrors errors) {
        Problems problems = new Problems(row.number(), format, errors);
        Indicator indicator = indicator(row, problems);
        String areaCode = area(row, problems);
        Period period = indicator == null ? null : period(row, indicator, problems);

        Double value = problems.number(row, ImportField.VALUE);
        Double count = problems.number(row, ImportField.COUNT);
        Double denominator = problems.number(row, ImportField.DENOMINATOR);
        Double lower95 = problems.number(row, ImportField.LOWER_95);
        Double upper95 = problems.number(row, ImportField.UPPER_95);
        Double lower998 = problems.number(row, ImportField.LOWER_998);
        Double upper998 = problems.number(row, ImportField.UPPER_998);
        ObservationStatus status = problems.status(row);
        ComparisonOutcome vsEngland = problems.outcome(row, ImportField.REPORTED_VS_ENGLAND);
        ComparisonOutcome vsRegion = problems.outcome(row, ImportField.REPORTED_VS_REGION);
        ComparisonOutcome vsNeighbours = problems.outcome(row, ImportField.REPORTED_VS_NEIGHBOURS);
        if (problems.any() || indicator == null) {
            return null;
        }

        if (count != null && count < 0) {
            problems.add(ImportField.COUNT, "out_of_range", "the count cannot be negative");
        }
        if (denominator != null && denominator <= 0) {
            problems.add(ImportField.DENOMINATOR, "out_of_range", "the denominator must be more than zero");
        }
        if (indicator.valueType == ValueType.PROPORTION && count != null
                && denominator != null && count > denominator) {
            problems.add(ImportField.COUNT, "exceeds_denominator", "the count (" + plain(count)
                    + ") exceeds the denominator (" + plain(denominator) + ") of a proportion");
        }
        pair(problems, lower95, upper95, ImportField.LOWER_95, ImportField.UPPER_95);
        pair(problems, lower998, upper998, ImportField.LOWER_998, ImportField.UPPER_998);
        if (problems.any()) {
            return null;
        }

        boolean computedBefore = LimitsSource.COMPUTED.name().equalsIgnoreCase(row.get(ImportField.LIMITS_SOURCE));
        if (computedBefore && count != null) {
            lower95 = upper95 = lower998 = upper998 = null;
        }
        LimitsSource limitsSource = lower95 != null || lower998 != null ? LimitsSource.SUPPLIED : LimitsSource.NONE;
        if (limitsSource == LimitsSource.NONE && count != null) {
            Estimate at95 = LimitsFromCounts.of(indicator.valueType, indicator.multiplier, count, denominator, 0.95);
            Estimate at998 = LimitsFromCounts.of(indicator.valueType, indicator.multiplier, count, denominator,
                    0.998);
            if (at95 != null) {
                value = value == null ? at95.value() : value;
                lower95 = finite(at95.lowerCi());
                upper95 = finite(at95.upperCi());
                lower998 = finite(at998.lowerCi());
                upper998 = finite(at998.upperCi());
                limitsSource = LimitsSource.COMPUTED;
            }
        }

        if (value != null) {
            if (indicator.validMin != null && value < indicator.validMin
                    || indicator.validMax != null && value > indicator.validMax) {
                problems.add(ImportField.VALUE, "out_of_range", "the value " + plain(value) + " lies outside the "
                        + "valid range of indicator " + indicator.id + " (" + range(indicator) + ")");
            }
            contains(problems, value, lower95, upper95, ImportField.LOWER_95, "95%");
            contains(problems, value, lower998, upper998, ImportField.LOWER_998, "99.8%");
        }
        if (problems.any()) {
            return null;
        }
        String source = row.get(ImportField.SOURCE) != null ? row.get(ImportField.SOURCE) : defaultSource;
        return new ValidRow(row.number(), indicator.id, areaCode, period, orDefault(row.get(ImportField.SEX),
                "Persons"), orDefault(row.get(ImportField.AGE), "All ages"),
                orDefault(row.get(ImportField.CATEGORY_TYPE), Observation.NO_CATEGORY),
                orDefault(row.get(ImportField.CATEGORY), Observation.NO_CATEGORY), value, count, denominator, lower95,
                upper95, lower998, upper998, limitsSource, row.get(ImportField.VALUE_NOTE), status,
                row.get(ImportField.REPORTED_TREND), vsEngland, vsRegion, vsNeighbours, source);
    }

    private Indicator indicator(ImportRow row, Problems problems) {
        String text = row.get(ImportField.INDICATOR_ID);
        if (text == null) {
            problems.add(ImportField.INDICATOR_ID, "required", "the indicator id is missing");
            return null;
        }
        try {
            Indicator indicator = indicators.get(Integer.valueOf(text));
            if (indicator == null) {
                problems.add(ImportField.INDICATOR_ID, "unknown_indicator", "indicator " + text
                        + " does not exist; define it first (POST /api/v1/indicators)");
            }
            return indicator;
        } catch (NumberFormatException e) {
            problems.add(ImportField.INDICATOR_ID, "invalid_format", "'" + text + "' is not an indicator id");
            return null;
        }
    }

    private String area(ImportRow row, Problems problems) {
        String code = row.get(ImportField.AREA_CODE);
        if (code == null) {
            problems.add(ImportField.AREA_CODE, "required", "the area code is missing");
            return null;
        }
        if (areas.containsKey(code) || newAreas.containsKey(code)) {
            return code;
        }
        if (!code.matches("[A-Z][0-9]{8}")) {
            problems.add(ImportField.AREA_CODE, "invalid_format", "'" + code + "' is not an ONS area code");
            return null;
        }
        String name = row.get(ImportField.AREA_NAME);
        String parent = row.get(ImportField.PARENT_CODE);
        if (name == null || row.get(ImportField.AREA_TYPE) == null) {
            problems.add(ImportField.AREA_CODE, "unknown_area", "area " + code + " does not exist, and the row "
                    + "does not describe it (name and type)");
            return null;
        }
        if (parent != null && !areas.containsKey(parent) && !newAreas.containsKey(parent)) {
            problems.add(ImportField.PARENT_CODE, "unknown_area", "the parent area " + parent + " of new area " + code
                    + " does not exist");
            return null;
        }
        newAreas.put(code, new NewArea(code, name, AreaType.fromLabel(row.get(ImportField.AREA_TYPE)), parent,
                row.number()));
        return code;
    }

    private Period period(ImportRow row, Indicator indicator, Problems problems) {
        String label = row.get(ImportField.PERIOD);
        if (label == null) {
            problems.add(ImportField.PERIOD, "required", "the time period is missing");
            return null;
        }
        String key = indicator.yearType + "|" + label;
        Period period = periods.get(key);
        if (period == null) {
            try {
                period = Period.parse(label, indicator.yearType);
                periods.put(key, period);
            } catch (PeriodParser.UnparseablePeriodException e) {
                problems.add(ImportField.PERIOD, "unparseable_period", e.getMessage());
            }
        }
        return period;
    }

    private static void pair(Problems problems, Double lower, Double upper, ImportField lowerField,
            ImportField upperField) {
        if (lower == null ^ upper == null) {
            problems.add(lower == null ? lowerField : upperField, "incomplete_interval",
                    "an interval needs both its lower and its upper limit");
        } else if (lower != null && lower > upper) {
            problems.add(lowerField, "inverted_interval", "the lower limit " + plain(lower)
                    + " exceeds the upper limit " + plain(upper));
        }
    }

    private static void contains(Problems problems, double value, Double lower, Double upper, ImportField field,
            String level) {
        if (lower == null) {
            return;
        }
        double slack = 1e-9 * Math.max(1, Math.abs(value));
        if (value < lower - slack || value > upper + slack) {
            problems.add(field, "value_outside_interval", "the value " + plain(value) + " lies outside its " + level
                    + " interval (" + plain(lower) + " to " + plain(upper) + ")");
        }
    }

    private static String range(Indicator indicator) {
        return (indicator.validMin == null ? "any" : plain(indicator.validMin)) + " to "
                + (indicator.validMax == null ? "any" : plain(indicator.validMax));
    }

    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static Double finite(Double number) {
        return number == null || number.isNaN() || number.isInfinite() ? null : number;
    }

    private static String orDefault(String text, String fallback) {
        return text == null ? fallback : text;
    }

    /** The problems of one row, named in the format's terms. */
    private static final class Problems {
        private final int row;
        private final ImportRows format;
        private final ImportErrors errors;
        private final int before;

        Problems(int row, ImportRows format, ImportErrors errors) {
            this.row = row;
            this.format = format;
            this.errors = errors;
            this.before = errors.count();
        }

        void add(ImportField field, String code, String message) {
            errors.add(ProblemError.row(row, format.fieldName(field), code, message));
        }

        boolean any() {
            return errors.count() > before;
        }

        Double number(ImportRow importRow, ImportField field) {
            String text = importRow.get(field);
            if (text == null) {
                return null;
            }
            try {
                double number = Double.parseDouble(text);
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                add(field, "invalid_format", "'" + text + "' is not a number");
                return null;
            }
        }

        ObservationStatus status(ImportRow importRow) {
            String text = importRow.get(ImportField.STATUS);
            if (text == null) {
                return ObservationStatus.PUBLISHED;
            }
            try {
                return ObservationStatus.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                add(ImportField.STATUS, "invalid_format", "status must be PROVISIONAL or PUBLISHED");
                return null;
            }
        }

        ComparisonOutcome outcome(ImportRow importRow, ImportField field) {
            try {
                return ReportedOutcomes.read(importRow.get(field));
            } catch (IllegalArgumentException e) {
                add(field, "invalid_format", e.getMessage());
                return null;
            }
        }
    }
}
