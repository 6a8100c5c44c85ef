package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every row of {@code quantiles_inputs_results.csv}: each area's decile within its indicator, sex and region. */
class AreaQuantilesFixtureTest {

    @Test
    void everyAreaGetsTheDecileThePackageGives() {
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> row : Fixtures.rows("quantiles_inputs_results.csv")) {
            groups.computeIfAbsent(row.get("IndSexRef") + " " + row.get("ParentCode"), key -> new ArrayList<>())
                    .add(row);
        }
        int rows = 0;
        for (Map.Entry<String, List<Map<String, String>>> group : groups.entrySet()) {
            String polarity = group.getValue().get(0).get("Polarity");
            boolean highestFirst = polarity.equals("RAG - Low is good") || polarity.equals("1");
            List<Double> values = group.getValue().stream().map(row -> value(row.get("Value"))).toList();
            List<Integer> deciles = AreaQuantiles.assign(values, 10, highestFirst);
            for (int i = 0; i < values.size(); i++) {
                Double expected = value(group.getValue().get(i).get("QuantileInGrp"));
                assertThat(deciles.get(i)).as(group.getKey() + " " + group.getValue().get(i).get("AreaCode"))
                        .isEqualTo(expected == null ? null : expected.intValue());
                rows++;
            }
        }
        assertThat(rows).isEqualTo(339);
    }

    @Test
    void tiesShareTheLowestRankAndTooFewAreasGetNone() {
        assertThat(AreaQuantiles.assign(Arrays.asList(1.0, null, 3.0, 4.0), 5, false))
                .containsExactly(null, null, null, null);
        assertThat(AreaQuantiles.assign(Arrays.asList(1.0, 2.0, null, 2.0, 3.0, 4.0), 5, false))
                .containsExactly(1, 2, null, 2, 4, 5);
        assertThat(AreaQuantiles.assign(List.of(1.0, 2.0, 2.0, 3.0, 4.0), 5, false)).containsExactly(1, 2, 2, 4, 5);
        assertThat(AreaQuantiles.assign(List.of(1.0, 2.0, 2.0, 3.0, 4.0), 5, true)).containsExactly(5, 3, 3, 2, 1);
        assertThatThrownBy(() -> AreaQuantiles.assign(List.of(1.0), 101, true))
                .isInstanceOf(InvalidInputException.class);
    }

    private static Double value(String text) {
        return text == null || text.isBlank() || text.equals("NA") ? null : Double.valueOf(text);
    }
}
