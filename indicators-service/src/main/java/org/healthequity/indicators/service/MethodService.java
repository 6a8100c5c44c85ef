package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.period.YearType;
import org.healthequity.indicators.mapping.MethodRequests;
import org.healthequity.indicators.mapping.MethodResults;
import org.healthequity.indicators.repository.Period;
import org.healthequity.indicators.statistics.BenchmarkComparison;
import org.healthequity.indicators.statistics.BenchmarkMethod;
import org.healthequity.indicators.statistics.CrudeRate;
import org.healthequity.indicators.statistics.DirectlyStandardisedRate;
import org.healthequity.indicators.statistics.IndirectlyStandardisedRatio;
import org.healthequity.indicators.statistics.InvalidInputException;
import org.healthequity.indicators.statistics.AreaQuantiles;
import org.healthequity.indicators.statistics.LifeExpectancy;
import org.healthequity.indicators.statistics.SlopeIndexOfInequality;
import org.healthequity.indicators.statistics.MeanWithStudentT;
import org.healthequity.indicators.statistics.RecentTrend;
import org.healthequity.indicators.statistics.WilsonProportion;

/** The calculators: each adapts a request to one method of the statistics engine. Nothing is stored. */
@ApplicationScoped
public class MethodService {

    private static final double DEFAULT_CONFIDENCE = 0.95;

    public MethodResults.EstimateView proportion(MethodRequests.Proportion request) {
        return MethodResults.EstimateView.of(new WilsonProportion().estimate(new WilsonProportion.Input(
                request.count(), request.denominator(), or(request.multiplier(), 1)),
                        confidence(request.confidence())));
    }

    public MethodResults.EstimateView rate(MethodRequests.Rate request) {
        return MethodResults.EstimateView.of(new CrudeRate().estimate(new CrudeRate.Input(request.count(),
                request.denominator(), or(request.multiplier(), 100_000)), confidence(request.confidence())));
    }

    public MethodResults.EstimateView mean(MethodRequests.Mean request) {
        return MethodResults.EstimateView.of(new MeanWithStudentT().estimate(
                new MeanWithStudentT.Input(request.values()), confidence(request.confidence())));
    }

    public MethodResults.EstimateView dsr(MethodRequests.Dsr request) {
        List<DirectlyStandardisedRate.Band> bands = request.bands().stream()
                .map(band -> new DirectlyStandardisedRate.Band(band.count(), band.population(),
                        band.standardPopulation(), band.eventFrequencies()))
                .toList();
        return MethodResults.EstimateView.of(new DirectlyStandardisedRate().estimate(
                new DirectlyStandardisedRate.Input(bands, request.standardPopulation(), or(request.multiplier(),
                        100_000)), confidence(request.confidence())));
    }

    public MethodResults.EstimateView isr(MethodRequests.Isr request) {
        IndirectlyStandardisedRatio.Kind kind = request.kind() == null ? IndirectlyStandardisedRatio.Kind.RATIO
                : request.kind();
        List<IndirectlyStandardisedRatio.Band> bands = request.bands().stream()
                .map(band -> new IndirectlyStandardisedRatio.Band(band.count(), band.population(),
                        band.referenceCount(), band.referencePopulation()))
                .toList();
        double multiplier = or(request.multiplier(), kind == IndirectlyStandardisedRatio.Kind.RATIO ? 1 : 100_000);
        return MethodResults.EstimateView.of(new IndirectlyStandardisedRatio().estimate(
                new IndirectlyStandardisedRatio.Input(bands, request.observed(), kind, multiplier),
                confidence(request.confidence())));
    }

    public MethodResults.SiiView sii(MethodRequests.Sii request) {
        List<SlopeIndexOfInequality.Quantile> quantiles = request.quantiles().stream()
                .map(q -> new SlopeIndexOfInequality.Quantile(q.quantile(), q.population(), q.value(), q.lowerCi(),
                        q.upperCi(), q.standardError(), q.count()))
                .toList();
        return MethodResults.SiiView.of(SlopeIndexOfInequality.calculate(new SlopeIndexOfInequality.Input(
                request.valueType(), quantiles, confidence(request.confidence()), or(request.multiplier(), 1),
                Boolean.TRUE.equals(request.transform()), !Boolean.FALSE.equals(request.rii()),
                Boolean.TRUE.equals(request.intercept()), request.repetitions() == null
                        ? SlopeIndexOfInequality.DEFAULT_REPETITIONS : request.repetitions())));
    }

    public MethodResults.QuantilesView quantiles(MethodRequests.Quantiles request) {
        int quantiles = request.quantiles() == null ? 10 : request.quantiles();
        boolean highestFirst = request.highestFirst() != null ? request.highestFirst()
                : AreaQuantiles.highestFirst(request.polarity());
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < request.areas().size(); i++) {
            byGroup.computeIfAbsent(Objects.toString(request.areas().get(i).group(), ""), group -> new ArrayList<>())
                    .add(i);
        }
        Integer[] assigned = new Integer[request.areas().size()];
        for (List<Integer> members : byGroup.values()) {
            List<Double> values = members.stream().map(i -> request.areas().get(i).value()).toList();
            List<Integer> groupQuantiles = AreaQuantiles.assign(values, quantiles, highestFirst);
            for (int j = 0; j < members.size(); j++) {
                assigned[members.get(j)] = groupQuantiles.get(j);
            }
        }
        List<MethodResults.QuantilesView.AreaQuantile> areas = new ArrayList<>();
        for (int i = 0; i < assigned.length; i++) {
            MethodRequests.QuantileArea area = request.areas().get(i);
            areas.add(new MethodResults.QuantilesView.AreaQuantile(area.code(), area.value(), area.group(),
                    assigned[i]));
        }
        return new MethodResults.QuantilesView(quantiles, highestFirst, areas);
    }

    public MethodResults.LifeExpectancyView lifeExpectancy(MethodRequests.LifeExpectancy request) {
        List<LifeExpectancy.Band> bands = request.bands().stream()
                .map(band -> new LifeExpectancy.Band(band.deaths(), band.population())).toList();
        return MethodResults.LifeExpectancyView.of(new LifeExpectancy().table(new LifeExpectancy.Input(bands),
                confidence(request.confidence())));
    }

    public MethodResults.CompareView compare(MethodRequests.Compare request) {
        BenchmarkComparison.Result result;
        if (request.method() == BenchmarkMethod.QUINTILES) {
            if (request.peerValues() == null) {
                throw new InvalidInputException("peerValues", "a quintile comparison needs the peer areas' values");
            }
            result = BenchmarkComparison.compareWithPeers(request.value(), request.peerValues(), request.polarity());
        } else {
            boolean only998 = request.method() == BenchmarkMethod.CI_99_8 && request.lowerCi998() == null;
            BenchmarkComparison.Interval interval = new BenchmarkComparison.Interval(request.value(),
                    request.lowerCi(), request.upperCi(), only998 ? request.lowerCi() : request.lowerCi998(),
                    only998 ? request.upperCi() : request.upperCi998());
            result = BenchmarkComparison.compare(interval, request.comparatorValue(), request.polarity(),
                    request.method());
        }
        return new MethodResults.CompareView(result.outcome(), result.outcome().label(), result.reason());
    }

    public MethodResults.TrendView trend(MethodRequests.Trend request) {
        YearType yearType = request.yearType() == null ? YearType.FINANCIAL : request.yearType();
        List<RecentTrend.Point> points = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < request.points().size(); i++) {
            MethodRequests.TrendPoint point = request.points().get(i);
            Period period;
            try {
                period = Period.parse(point.period(), yearType);
            } catch (PeriodParser.UnparseablePeriodException e) {
                throw new InvalidInputException("points[" + i + "].period", e.getMessage());
            }
            periods.add(period);
            points.add(Benchmarks.point(period.startYear(), period.type, point.value(), point.count(),
                    point.denominator(), point.lowerCi(), point.upperCi()));
        }
        RecentTrend.Result result = RecentTrend.assess(request.valueType(), request.polarity(), points);
        List<String> used = periods.stream().filter(period -> result.yearsUsed().contains(period.startYear()))
                .map(period -> period.label).toList();
        return new MethodResults.TrendView(result.trend(), result.label(), result.reason(), result.chiSquared(),
                result.slope(), used);
    }

    private static double confidence(Double requested) {
        return requested == null ? DEFAULT_CONFIDENCE : requested;
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
