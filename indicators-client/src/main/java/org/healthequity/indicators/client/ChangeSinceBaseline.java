package org.healthequity.indicators.client;

import java.time.LocalDate;
import java.util.List;

/** indicators-service's change since a baseline against comparators, in the fields read. */
public record ChangeSinceBaseline(LocalDate baselineBefore, List<Row> rows) {

    public record Row(int indicatorId, String name, int principle, String sex, String age, Point baseline,
            Point latest, Amount change, String note, List<Comparison> comparisons) {
    }

    public record Point(String period, Double value) {
    }

    /** A change, or a difference of changes, with its interval and what it says. */
    public record Amount(double value, Double lowerCi95, Double upperCi95, String outcome, String statement) {
    }

    public record Comparison(String code, String name, Amount difference) {
    }
}
