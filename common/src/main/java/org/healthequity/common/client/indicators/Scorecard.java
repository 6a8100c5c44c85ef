package org.healthequity.common.client.indicators;

import java.util.Comparator;
import java.util.List;
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
    }

    public record Trend(String computed, String label, String reason, String reported) {
    }

    public Stream<Row> rows() {
        return principles == null ? Stream.empty()
                : principles.stream().flatMap(principle -> principle.indicators() == null ? Stream.empty()
                        : principle.indicators().stream());
    }
}
