package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LifeExpectancyTest {

    private static List<LifeExpectancy.Band> bands(List<Map<String, String>> rows) {
        List<LifeExpectancy.Band> bands = new ArrayList<>();
        for (Map<String, String> row : rows) {
            bands.add(new LifeExpectancy.Band(Fixtures.number(row, "deaths"), Fixtures.number(row, "pops")));
        }
        return bands;
    }

    @Test
    void reproducesPheIndicatorMethodsLifeTableAtEveryAge() {
        List<Map<String, String>> rows = Fixtures.rows("life_expectancy.csv");
        List<LifeExpectancy.AgeResult> table = new LifeExpectancy().table(new LifeExpectancy.Input(bands(rows)), 0.95);
        assertThat(table).hasSize(20);
        for (int i = 0; i < rows.size(); i++) {
            Estimate estimate = table.get(i).estimate();
            String age = "age " + rows.get(i).get("startage");
            // The values to 1e-7 years; the published limits were computed with z = 1.96 rather than 1.959964,
            // which moves them by at most 6e-6 years.
            assertThat(estimate.value()).as(age).isCloseTo(Fixtures.number(rows.get(i), "value"),
                    Offset.offset(1e-7));
            assertThat(estimate.lowerCi()).as(age).isCloseTo(Fixtures.number(rows.get(i), "lowercl"),
                    Offset.offset(1e-5));
            assertThat(estimate.upperCi()).as(age).isCloseTo(Fixtures.number(rows.get(i), "uppercl"),
                    Offset.offset(1e-5));
        }
        assertThat(table.get(0).ageBand()).isEqualTo("0");
        assertThat(table.get(1).ageBand()).isEqualTo("1-4");
        assertThat(table.get(19).ageBand()).isEqualTo("90+");
    }

    @Test
    void nineteenBandsAreNotALifeTable() {
        List<LifeExpectancy.Band> bands = bands(Fixtures.rows("life_expectancy.csv")).subList(0, 19);
        assertThatThrownBy(() -> new LifeExpectancy().estimate(new LifeExpectancy.Input(bands), 0.95))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("20 age bands");
    }

    @Test
    void moreDeathsThanPeopleOrNoPeopleAreRefused() {
        List<LifeExpectancy.Band> bands = new ArrayList<>(bands(Fixtures.rows("life_expectancy.csv")));
        bands.set(18, new LifeExpectancy.Band(1936, 119));
        assertThatThrownBy(() -> new LifeExpectancy().estimate(new LifeExpectancy.Input(bands), 0.95))
                .extracting("field").isEqualTo("bands[18].deaths");
        bands.set(18, new LifeExpectancy.Band(0, 0));
        assertThatThrownBy(() -> new LifeExpectancy().estimate(new LifeExpectancy.Input(bands), 0.95))
                .extracting("field").isEqualTo("bands[18].population");
    }

    @Test
    void smallPopulationsGetNoValue() {
        List<LifeExpectancy.Band> bands = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bands.add(new LifeExpectancy.Band(10, 200));
        }
        Estimate estimate = new LifeExpectancy().estimate(new LifeExpectancy.Input(bands), 0.95);
        assertThat(estimate.value()).isNull();
        assertThat(estimate.note()).contains("5 000");
    }

    @Test
    void aValueWhoseIntervalIsWiderThanTwentyYearsIsWithheld() {
        List<LifeExpectancy.Band> bands = new ArrayList<>();
        int[] populations = { 270, 235, 246, 248, 243, 238, 246, 257, 261, 355, 350, 356, 346, 339, 337, 337, 333, 323,
                311, 311 };
        int[] deaths = { 17, 9, 4, 8, 20, 15, 24, 33, 50, 51, 10, 16, 26, 30, 36, 22, 13, 5, 6, 1 };
        for (int i = 0; i < 20; i++) {
            bands.add(new LifeExpectancy.Band(deaths[i], populations[i]));
        }
        List<LifeExpectancy.AgeResult> table = new LifeExpectancy().table(new LifeExpectancy.Input(bands), 0.95);
        // PHEindicatormethods' wide-interval case: at birth 19.229 (16.439, 22.019); from 40 the interval is wider
        // than 20 years, so the value is withheld while its limits are reported.
        assertThat(table.get(0).estimate().value()).isCloseTo(19.22914685, Offset.offset(1e-6));
        assertThat(table.get(9).estimate().value()).isNull();
        assertThat(table.get(9).estimate().lowerCi()).isNotNull();
        assertThat(table.get(9).estimate().note()).contains("wider than 20 years");
    }
}
