package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.indicators.statistics.RelativeError.assertClose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** mean_inputs.csv against mean_results.csv, per area and ungrouped. */
class MeanFixtureTest {

    @Test
    void everyMeanRowIsReproduced() {
        Map<String, List<Double>> byArea = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (Map<String, String> row : Fixtures.rows("mean_inputs.csv")) {
            double value = Fixtures.number(row, "values");
            byArea.computeIfAbsent(row.get("area"), area -> new ArrayList<>()).add(value);
            all.add(value);
        }
        byArea.put("No grouping", all);
        List<Map<String, String>> results = Fixtures.rows("mean_results.csv");
        assertThat(results).hasSize(3);
        for (Map<String, String> row : results) {
            List<Double> values = byArea.get(row.get("area"));
            assertThat(values).as(row.get("area")).hasSize(Fixtures.number(row, "value_count").intValue());
            Estimate at95 = new MeanWithStudentT().estimate(new MeanWithStudentT.Input(values), 0.95);
            Estimate at998 = new MeanWithStudentT().estimate(new MeanWithStudentT.Input(values), 0.998);
            assertClose(row.get("area") + " mean", at95.value(), Fixtures.number(row, "value"));
            assertClose(row.get("area") + " lower 95", at95.lowerCi(), Fixtures.number(row, "lower95_0cl"));
            assertClose(row.get("area") + " upper 95", at95.upperCi(), Fixtures.number(row, "upper95_0cl"));
            assertClose(row.get("area") + " lower 99.8", at998.lowerCi(), Fixtures.number(row, "lower99_8cl"));
            assertClose(row.get("area") + " upper 99.8", at998.upperCi(), Fixtures.number(row, "upper99_8cl"));
            assertThat(at95.method()).isEqualTo(row.get("method"));
        }
    }
}
