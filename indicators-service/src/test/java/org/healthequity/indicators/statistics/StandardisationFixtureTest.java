package org.healthequity.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthequity.indicators.statistics.RelativeError.assertClose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** dsr_results.csv from the three DSR input sheets, and indirect standardisation against dsr_refdata.csv. */
class StandardisationFixtureTest {

    private static final DirectlyStandardisedRate DSR = new DirectlyStandardisedRate();

    @Test
    void everyDsrRowIsReproduced() {
        Map<String, List<DirectlyStandardisedRate.Band>> inputs = new LinkedHashMap<>();
        for (Map<String, String> row : Fixtures.rows("dsr_multiarea_inputs.csv")) {
            inputs.computeIfAbsent(row.get("area"), area -> new ArrayList<>()).add(new DirectlyStandardisedRate.Band(
                    Fixtures.number(row, "count"), Fixtures.number(row, "pop")));
        }
        for (Map<String, String> row : Fixtures.rows("dsr_esp1976_inputs.csv")) {
            inputs.computeIfAbsent("testdata_1976", area -> new ArrayList<>()).add(new DirectlyStandardisedRate.Band(
                    Fixtures.number(row, "count"), Fixtures.number(row, "pop"), Fixtures.number(row, "esp1976"),
                    null));
        }
        for (Map<String, String> row : Fixtures.rows("dsr_nonindependent_inputs.csv")) {
            List<DirectlyStandardisedRate.EventFrequency> frequencies = new ArrayList<>();
            for (int events = 1; events <= 4; events++) {
                Double persons = Fixtures.number(row, "f" + events);
                if (persons != null) {
                    frequencies.add(new DirectlyStandardisedRate.EventFrequency(events, persons));
                }
            }
            inputs.computeIfAbsent(row.get("area"), area -> new ArrayList<>()).add(new DirectlyStandardisedRate.Band(
                    Fixtures.number(row, "count"), Fixtures.number(row, "pop"), null, frequencies));
        }

        List<Map<String, String>> results = Fixtures.rows("dsr_results.csv");
        assertThat(results).hasSize(12);
        for (Map<String, String> row : results) {
            String area = row.get("area");
            double multiplier = row.get("statistic").endsWith("10000") && !row.get("statistic").endsWith("100000")
                    ? 10_000 : 100_000;
            String what = area + " " + row.get("statistic");
            var input = new DirectlyStandardisedRate.Input(inputs.get(area), StandardPopulation.ESP2013, multiplier);
            Estimate at95 = DSR.estimate(input, 0.95);
            Estimate at998 = DSR.estimate(input, 0.998);
            assertClose(what + " value", at95.value(), Fixtures.number(row, "value"));
            assertClose(what + " lower 95", at95.lowerCi(), Fixtures.number(row, "lower95_0cl"));
            assertClose(what + " upper 95", at95.upperCi(), Fixtures.number(row, "upper95_0cl"));
            if (!area.equals("testdata_1976")) {
                assertClose(what + " lower 99.8", at998.lowerCi(), Fixtures.number(row, "lower99_8cl"));
                assertClose(what + " upper 99.8", at998.upperCi(), Fixtures.number(row, "upper99_8cl"));
            }
            if (Fixtures.number(row, "value") == null) {
                assertThat(at95.note()).isEqualTo("total count < 10");
            } else {
                assertThat(at95.method()).isEqualTo(row.get("method"));
            }
        }
    }

    @Test
    void esp2013NeedsItsNineteenBands() {
        assertThatThrownBy(() -> DSR.estimate(new DirectlyStandardisedRate.Input(
                List.of(new DirectlyStandardisedRate.Band(10.0, 100)), StandardPopulation.ESP2013, 100_000), 0.95))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("19");
    }

    @Test
    void indirectStandardisationUsesTheObservedCountsLimitsOverTheExpectedCount() {
        List<Map<String, String>> reference = Fixtures.rows("dsr_refdata.csv");
        List<Map<String, String>> local = Fixtures.rows("dsr_multiarea_inputs.csv").stream()
                .filter(row -> row.get("area").equals("testdata_big")).toList();
        assertThat(reference).hasSize(19);
        List<IndirectlyStandardisedRatio.Band> bands = new ArrayList<>();
        double expected = 0;
        double referenceCount = 0;
        double referencePopulation = 0;
        for (int i = 0; i < 19; i++) {
            double population = Fixtures.number(local.get(i), "pop");
            double refCount = Fixtures.number(reference.get(i), "refcount");
            double refPopulation = Fixtures.number(reference.get(i), "refpop");
            bands.add(new IndirectlyStandardisedRatio.Band(Fixtures.number(local.get(i), "count"), population,
                    refCount, refPopulation));
            expected += refCount / refPopulation * population;
            referenceCount += refCount;
            referencePopulation += refPopulation;
        }
        Estimate ratio = new IndirectlyStandardisedRatio().estimate(new IndirectlyStandardisedRatio.Input(bands, null,
                IndirectlyStandardisedRatio.Kind.RATIO, 100), 0.95);
        assertClose("SMR", ratio.value(), 895 / expected * 100);
        assertClose("SMR lower", ratio.lowerCi(), CountLimits.byarLower(895, 0.95) / expected * 100);
        assertClose("SMR upper", ratio.upperCi(), CountLimits.byarUpper(895, 0.95) / expected * 100);

        Estimate rate = new IndirectlyStandardisedRatio().estimate(new IndirectlyStandardisedRatio.Input(bands, null,
                IndirectlyStandardisedRatio.Kind.RATE, 100_000), 0.95);
        assertClose("ISR", rate.value(), 895 / expected * referenceCount / referencePopulation * 100_000);
    }

    @Test
    void aMissingCountIsZeroInIndirectStandardisationAsInDirect() {
        List<Map<String, String>> reference = Fixtures.rows("dsr_refdata.csv");
        List<Map<String, String>> tiny = Fixtures.rows("dsr_multiarea_inputs.csv").stream()
                .filter(row -> row.get("area").equals("testdata_tiny")).toList();
        assertThat(tiny).anyMatch(row -> Fixtures.number(row, "count") == null);
        List<IndirectlyStandardisedRatio.Band> bands = new ArrayList<>();
        double expected = 0;
        double observed = 0;
        for (int i = 0; i < 19; i++) {
            Double count = Fixtures.number(tiny.get(i), "count");
            double population = Fixtures.number(tiny.get(i), "pop");
            double refCount = Fixtures.number(reference.get(i), "refcount");
            double refPopulation = Fixtures.number(reference.get(i), "refpop");
            bands.add(new IndirectlyStandardisedRatio.Band(count, population, refCount, refPopulation));
            expected += refCount / refPopulation * population;
            observed += count == null ? 0 : count;
        }
        Estimate ratio = new IndirectlyStandardisedRatio().estimate(new IndirectlyStandardisedRatio.Input(bands, null,
                IndirectlyStandardisedRatio.Kind.RATIO, 100), 0.95);
        assertClose("SMR", ratio.value(), observed / expected * 100);
    }

    @Test
    void smallObservedCountsGetTheExactLimitsOfTheRateFixture() {
        // One band whose expected count is exactly 1: the ratio's limits are the count's own, which rate.csv
        // publishes for 5 events per 100 (Area2): 1.62348639011842 and 11.668332079322669.
        var bands = List.of(new IndirectlyStandardisedRatio.Band(null, 100, 1, 100));
        Estimate ratio = new IndirectlyStandardisedRatio().estimate(new IndirectlyStandardisedRatio.Input(bands, 5.0,
                IndirectlyStandardisedRatio.Kind.RATIO, 1), 0.95);
        assertClose("ratio", ratio.value(), 5.0);
        assertClose("lower", ratio.lowerCi(), 1.62348639011842);
        assertClose("upper", ratio.upperCi(), 11.668332079322669);
        assertThat(ratio.method()).isEqualTo("Exact");
    }
}
