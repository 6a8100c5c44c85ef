package org.healthequity.workstreams.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.workstreams.mapping.ReachCount;
import org.healthequity.workstreams.mapping.ReachDimension;
import org.healthequity.workstreams.mapping.ReachView;
import org.healthequity.workstreams.repository.ActualStatus;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiActual;

/**
 * Reach, as Core20PLUS5 asks it: of what a KPI's approved actual reached and whose deprivation quintile is known,
 * the percentage in quintile 1 (the most deprived 20 %), against that group's percentage of the population the KPI
 * serves. Equal or more is proportionate universalism's floor; less is not. Percentages to one decimal place,
 * ratios to two, half up. Nothing is judged without the population share (given with its source on the KPI) or
 * without a deprivation breakdown.
 */
public final class KpiReach {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String MOST_DEPRIVED = "1";

    private KpiReach() {
    }

    /** The KPI's reach in each period with an approved actual, oldest first. */
    public static ReachView of(Kpi kpi, List<KpiActual> actuals) {
        List<ReachView.Period> periods = actuals.stream().filter(actual -> actual.status == ActualStatus.APPROVED)
                .sorted(Comparator.comparing(actual -> actual.period.start))
                .map(actual -> period(actual, kpi.mostDeprivedPopulationShare)).toList();
        return new ReachView(kpi.id, kpi.name, kpi.unit, kpi.mostDeprivedPopulationShare,
                kpi.mostDeprivedPopulationSource, periods);
    }

    static ReachView.Period period(KpiActual actual, BigDecimal populationShare) {
        Map<ReachDimension, List<ReachCount>> byDimension = new EnumMap<>(ReachDimension.class);
        actual.breakdowns.forEach(count -> byDimension.computeIfAbsent(count.dimension(), key -> new ArrayList<>())
                .add(count));
        List<ReachView.Dimension> dimensions = new ArrayList<>();
        byDimension.forEach((dimension, counts) -> {
            BigDecimal total = counts.stream().map(ReachCount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, BigDecimal> categories = new LinkedHashMap<>();
            counts.stream().sorted(Comparator.comparing(ReachCount::category))
                    .forEach(count -> categories.put(count.category(), count.value()));
            dimensions.add(new ReachView.Dimension(dimension, total, categories.entrySet().stream()
                    .map(entry -> new ReachView.Category(entry.getKey(), entry.getValue(),
                            percentage(entry.getValue(), total)))
                    .toList()));
        });
        List<ReachCount> quintiles = byDimension.getOrDefault(ReachDimension.DEPRIVATION_QUINTILE, List.of());
        BigDecimal known = quintiles.stream().map(ReachCount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mostDeprived = quintiles.stream().filter(count -> count.category().equals(MOST_DEPRIVED))
                .map(ReachCount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (known.signum() == 0) {
            return new ReachView.Period(actual.period.label, actual.value, null, null, null, populationShare, null,
                    ReachView.Judgement.NO_DEPRIVATION_BREAKDOWN, "No deprivation breakdown was reported for "
                            + actual.period.label, dimensions);
        }
        BigDecimal share = percentage(mostDeprived, known);
        String reached = share.toPlainString() + "% of those reached (whose deprivation is known) live in the most "
                + "deprived 20%";
        if (populationShare == null) {
            return new ReachView.Period(actual.period.label, actual.value, mostDeprived, known, share, null, null,
                    ReachView.Judgement.NO_POPULATION_SHARE, reached + "; the KPI gives no population share to "
                            + "judge it against", dimensions);
        }
        boolean proportionate = share.compareTo(populationShare) >= 0;
        BigDecimal ratio = populationShare.signum() == 0 ? null
                : share.divide(populationShare, 2, RoundingMode.HALF_UP);
        return new ReachView.Period(actual.period.label, actual.value, mostDeprived, known, share, populationShare,
                ratio, proportionate ? ReachView.Judgement.PROPORTIONATE_OR_MORE
                        : ReachView.Judgement.LESS_THAN_PROPORTIONATE,
                reached + ", against " + populationShare.stripTrailingZeros().toPlainString() + "% of the population: "
                        + (proportionate ? "proportionate or more" : "less than proportionate"), dimensions);
    }

    private static BigDecimal percentage(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
