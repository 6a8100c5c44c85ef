package org.healthequity.workstreams.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.healthequity.workstreams.mapping.ReachCount;
import org.healthequity.workstreams.mapping.ReachDimension;
import org.healthequity.workstreams.mapping.ReachView;
import org.healthequity.workstreams.repository.ActualStatus;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiActual;
import org.healthequity.workstreams.repository.ReportingPeriod;

/** The share reached in the most deprived 20 % against their share of the population, as the rule says. */
class KpiReachTest {

    @Test
    void moreThanTheirShareOfThePopulationIsProportionateOrMore() {
        ReachView.Period period = KpiReach.period(actual("2024/25", 2024, 120, ActualStatus.APPROVED,
                quintiles(34, 20, 16, 15, 15)), new BigDecimal("28.5"));
        assertThat(period.mostDeprived()).isEqualByComparingTo("34");
        assertThat(period.withKnownDeprivation()).isEqualByComparingTo("100");
        assertThat(period.mostDeprivedShare()).isEqualByComparingTo("34.0");
        assertThat(period.ratio()).isEqualByComparingTo("1.19");
        assertThat(period.judgement()).isEqualTo(ReachView.Judgement.PROPORTIONATE_OR_MORE);
        assertThat(period.statement()).isEqualTo("34.0% of those reached (whose deprivation is known) live in the "
                + "most deprived 20%, against 28.5% of the population: proportionate or more");
        assertThat(period.dimensions()).singleElement().satisfies(dimension -> {
            assertThat(dimension.total()).isEqualByComparingTo("100");
            assertThat(dimension.categories().get(0).share()).isEqualByComparingTo("34.0");
        });
    }

    @Test
    void lessThanTheirShareIsLessThanProportionateAndTheShareIsOfThoseWhoseQuintileIsKnown() {
        // 15 of 60 known is 25.0%, whatever the 120 reached in all.
        ReachView.Period period = KpiReach.period(actual("2024/25", 2024, 120, ActualStatus.APPROVED,
                quintiles(15, 15, 10, 10, 10)), new BigDecimal("28.5"));
        assertThat(period.mostDeprivedShare()).isEqualByComparingTo("25.0");
        assertThat(period.judgement()).isEqualTo(ReachView.Judgement.LESS_THAN_PROPORTIONATE);
        assertThat(period.statement()).endsWith("less than proportionate");
    }

    @Test
    void withoutAPopulationShareOrADeprivationBreakdownNothingIsJudged() {
        assertThat(KpiReach.period(actual("2024/25", 2024, 120, ActualStatus.APPROVED, quintiles(34, 20, 16, 15,
                15)), null).judgement()).isEqualTo(ReachView.Judgement.NO_POPULATION_SHARE);
        ReachView.Period wardsOnly = KpiReach.period(actual("2024/25", 2024, 120, ActualStatus.APPROVED,
                List.of(new ReachCount(ReachDimension.WARD, "Dallow", BigDecimal.TEN))), new BigDecimal("28.5"));
        assertThat(wardsOnly.judgement()).isEqualTo(ReachView.Judgement.NO_DEPRIVATION_BREAKDOWN);
        assertThat(wardsOnly.mostDeprivedShare()).isNull();
        assertThat(wardsOnly.dimensions()).singleElement()
                .satisfies(dimension -> assertThat(dimension.dimension()).isEqualTo(ReachDimension.WARD));
    }

    @Test
    void onlyApprovedActualsCountOldestFirst() {
        Kpi kpi = new Kpi();
        kpi.id = 7L;
        kpi.name = "People reached";
        kpi.unit = "people";
        kpi.mostDeprivedPopulationShare = new BigDecimal("28.5");
        ReachView reach = KpiReach.of(kpi, List.of(
                actual("2024/25", 2024, 100, ActualStatus.APPROVED, quintiles(30, 20, 20, 15, 15)),
                actual("2025/26", 2025, 100, ActualStatus.SUBMITTED, quintiles(10, 20, 20, 25, 25)),
                actual("2023/24", 2023, 100, ActualStatus.APPROVED, quintiles(20, 20, 20, 20, 20))));
        assertThat(reach.periods()).extracting(ReachView.Period::period).containsExactly("2023/24", "2024/25");
        assertThat(reach.periods()).extracting(ReachView.Period::judgement).containsExactly(
                ReachView.Judgement.LESS_THAN_PROPORTIONATE, ReachView.Judgement.PROPORTIONATE_OR_MORE);
    }

    private static List<ReachCount> quintiles(int... counts) {
        return IntStream.range(0, counts.length).mapToObj(i -> new ReachCount(
                ReachDimension.DEPRIVATION_QUINTILE, Integer.toString(i + 1), BigDecimal.valueOf(counts[i])))
                .toList();
    }

    private static KpiActual actual(String label, int year, int value, ActualStatus status,
            List<ReachCount> breakdowns) {
        KpiActual actual = new KpiActual();
        actual.period = new ReportingPeriod();
        actual.period.label = label;
        actual.period.start = LocalDate.of(year, 4, 1);
        actual.value = BigDecimal.valueOf(value);
        actual.status = status;
        actual.breakdowns = breakdowns;
        return actual;
    }
}
