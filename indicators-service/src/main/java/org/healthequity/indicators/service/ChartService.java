package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.jfree.chart.JFreeChart;

import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.problem.ApiException;
import org.healthequity.indicators.charts.GradientChart;
import org.healthequity.indicators.charts.SpineChart;
import org.healthequity.indicators.charts.TrendChart;
import org.healthequity.indicators.mapping.ObservationView;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaTree;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.repository.ObservationStatus;

/** The data behind each chart, read as the JSON reads it (published values only: charts are open data). */
@ApplicationScoped
public class ChartService {

    /** Comparator lines a trend chart draws at most. */
    public static final int MAX_COMPARATORS = 5;

    private final ScorecardService scorecards;
    private final InequalityService inequalities;
    private final ObservationService observations;
    private final IndicatorRepository indicators;
    private final AreaRepository areas;

    ChartService(ScorecardService scorecards, InequalityService inequalities, ObservationService observations,
            IndicatorRepository indicators, AreaRepository areas) {
        this.scorecards = scorecards;
        this.inequalities = inequalities;
        this.observations = observations;
        this.indicators = indicators;
        this.areas = areas;
    }

    public SpineChart.Drawn spine(String areaCode, String period) {
        return SpineChart.of(scorecards.build(areaCode, period, List.of()));
    }

    public JFreeChart gradient(String areaCode, Integer indicator, String period, String by) {
        return GradientChart.of(inequalities.build(areaCode, indicator, period, by, List.of()));
    }

    /**
     * An indicator's series for an area (persons of all ages where the area has it, else its first series) with
     * the same series of each comparator: England and the area's region unless others are named.
     */
    public JFreeChart trend(String areaCode, Integer indicatorId, List<String> comparatorCodes) {
        if (indicatorId == null) {
            throw ApiException.badParameter("indicator", "name the indicator to draw (indicator=<id>)");
        }
        if (comparatorCodes.size() > MAX_COMPARATORS) {
            throw ApiException.badParameter("comparators", "at most " + MAX_COMPARATORS + " comparators");
        }
        AreaTree tree = AreaTree.of(areas.listAll());
        Area area = tree.get(areaCode);
        if (area == null) {
            throw ApiException.notFound("Area", areaCode);
        }
        Indicator indicator = indicators.findByIdOptional(indicatorId)
                .orElseThrow(() -> ApiException.notFound("Indicator", indicatorId));
        List<String> comparators = new ArrayList<>(comparatorCodes);
        if (comparators.isEmpty()) {
            comparators.add(AreaTree.ENGLAND);
            Area parent = tree.parentOf(area);
            if (parent != null && !parent.code.equals(AreaTree.ENGLAND)) {
                comparators.add(parent.code);
            }
        }
        for (String code : comparators) {
            if (tree.get(code) == null) {
                throw ApiException.badParameter("comparators", code + " is not a known area code");
            }
        }
        List<String> codes = new ArrayList<>(comparators);
        codes.add(0, areaCode);
        List<ObservationView> found = observations.list(new ObservationRepository.Filter(List.of(indicatorId), codes,
                null, null, null, null, null, null, ObservationStatus.PUBLISHED, null, null, null, null, null, null,
                false, null), new PageRequest(1, PageRequest.MAX_PAGE_SIZE)).items().stream()
                .filter(o -> o.categoryType() == null || o.categoryType().isBlank()).toList();
        List<ObservationView> own = found.stream().filter(o -> o.areaCode().equals(areaCode)).toList();
        ObservationView first = own.stream().filter(o -> "Persons".equals(o.sex()) && "All ages".equals(o.age()))
                .findFirst().orElse(own.isEmpty() ? null : own.get(0));
        String sex = first == null ? "Persons" : first.sex();
        String age = first == null ? "All ages" : first.age();
        Map<String, List<ObservationView>> lines = new LinkedHashMap<>();
        for (String code : comparators) {
            lines.put(tree.get(code).name, found.stream().filter(o -> o.areaCode().equals(code)
                    && Objects.equals(o.sex(), sex) && Objects.equals(o.age(), age)).toList());
        }
        List<ObservationView> series = own.stream().filter(o -> Objects.equals(o.sex(), sex)
                && Objects.equals(o.age(), age)).toList();
        return TrendChart.of(indicator.name, indicator.unit, area.name, series, lines,
                first == null ? "" : sex + ", " + age);
    }
}
