package org.healthequity.indicators.client;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An area's outcome table as indicators-service serves it at {@code /api/v1/scorecards/{area}}, in the fields other
 * services use. Enumerations travel as strings so that a value added there does not break a reader here.
 */
public record Scorecard(Area area, List<Area> comparators, String period, List<Principle> principles) {

    public record Area(String code, String name) {
    }

    public record Principle(int id, String title, String shortTitle, List<Row> indicators) {
    }

    /** One indicator series (sex and age) of the area. */
    public record Row(int indicatorId, String name, String unit, String polarity, String sex, String age,
            List<Entry> periods) {

        /** The most recent period with a value. */
        public Optional<Entry> latest() {
            return periods == null ? Optional.empty()
                    : periods.stream().filter(entry -> entry.value() != null)
                            .max(Comparator.comparingInt(entry -> entry.period().sortKey()));
        }
    }

    public record Entry(Period period, Double value, Double lowerCi95, Double upperCi95, String valueNote,
            List<Comparison> comparisons, Trend trend) {
    }

    public record Period(String label, String type, int sortKey) {
    }

    public record Comparison(String areaCode, String areaName, Double value, String computed, String computedLabel,
            String reason, String reported) {

        /**
         * The comparison to show: the one indicators-service computed, or, where it could not compute one (no
         * intervals, say), the one the source published.
         */
        public String shownOutcome() {
            return usesReported() ? reported : computed;
        }

        public String shownLabel() {
            if (usesReported()) {
                return Words.of(reported) + " (as published)";
            }
            return computedLabel != null ? computedLabel : computed == null ? "Not compared" : Words.of(computed);
        }

        private boolean usesReported() {
            return reported != null && (computed == null || NOT_COMPARED.equals(computed));
        }
    }

    public record Trend(String computed, String label, String reason, String reported) {

        /** The trend to show: as computed, or as the source published it where it could not be computed. */
        public String shownLabel() {
            boolean computedOne = computed != null && !CANNOT_BE_CALCULATED.equals(computed);
            if (!computedOne && reported != null) {
                return reported + " (as published)";
            }
            return label != null ? label : computed == null ? null : Words.of(computed);
        }
    }

    private static final String NOT_COMPARED = "NOT_COMPARED";
    private static final String CANNOT_BE_CALCULATED = "CANNOT_BE_CALCULATED";

    /** An enumeration constant as words: WORSE_95 reads "Worse 95". */
    private static final class Words {

        private Words() {
        }

        static String of(String constant) {
            String text = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }

    public Stream<Row> rows() {
        return principles == null ? Stream.empty()
                : principles.stream().flatMap(principle -> principle.indicators() == null ? Stream.empty()
                        : principle.indicators().stream());
    }
}
