package org.healthequity.indicators.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.healthequity.common.problem.ApiException;
import org.healthequity.conventions.ProblemType;
import org.healthequity.indicators.mapping.AreaMapper;
import org.healthequity.indicators.mapping.DistributionView;
import org.healthequity.indicators.mapping.PeerDistributionView;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaGroupRepository;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaTree;
import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.InequalityQueries;
import org.healthequity.indicators.repository.InequalityQueries.Row;
import org.healthequity.indicators.statistics.PeerDistribution;

/**
 * How an indicator's values spread across peer areas, for spine charts and box plots: the areas of one type under an
 * ancestor (England by default) or in an area group, their Persons values at the most common age, for one period
 * (the latest they have by default), and where an asked-for area falls.
 */
@ApplicationScoped
public class DistributionService {


    private final AreaRepository areas;
    private final AreaGroupRepository groups;
    private final IndicatorRepository indicators;
    private final InequalityQueries queries;

    DistributionService(AreaRepository areas, AreaGroupRepository groups, IndicatorRepository indicators,
            InequalityQueries queries) {
        this.areas = areas;
        this.groups = groups;
        this.indicators = indicators;
        this.queries = queries;
    }

    public PeerDistributionView build(int indicatorId, String areaTypeName, String parentCode, String groupId,
            String period, String areaCode) {
        Indicator indicator = indicators.findByIdOptional(indicatorId)
                .orElseThrow(() -> ApiException.notFound("Indicator", indicatorId));
        AreaTree tree = AreaTree.of(areas.listAll());
        Area area = null;
        if (areaCode != null && !areaCode.isBlank()) {
            area = tree.get(areaCode.trim());
            if (area == null) {
                throw ApiException.badParameter("area", "area " + areaCode.trim() + " is not a known area code");
            }
        }
        AreaType type = areaType(areaTypeName, area);
        String requested = period == null || period.isBlank() || period.equalsIgnoreCase(ScorecardService.LATEST)
                ? null : ScorecardService.canonical(period.trim());
        List<String> peers;
        Area parent = null;
        AreaGroup group = null;
        if (groupId != null && !groupId.isBlank()) {
            group = groups.findByIdOptional(groupId.trim()).orElseThrow(() -> ApiException.badParameter("group",
                    "group " + groupId.trim() + " is not a known area group"));
            peers = group.memberCodes.stream().filter(code -> tree.get(code) != null && tree.get(code).type == type)
                    .toList();
        } else {
            String code = parentCode == null || parentCode.isBlank() ? AreaTree.ENGLAND : parentCode.trim();
            parent = tree.get(code);
            if (parent == null) {
                throw ApiException.badParameter("parent", "parent " + code + " is not a known area code");
            }
            peers = tree.codesUnder(parent, type);
        }
        List<Row> rows = peers.isEmpty() ? List.of() : queries.ofAreas(indicator.id, peers);
        String age = Breakdown.overallAge(rows);
        List<Row> atAge = rows.stream().filter(row -> row.age().equals(age)).toList();
        Optional<Row> latest = atAge.stream().filter(row -> requested == null
                || row.period().label.equals(requested)).max(Comparator.comparingInt(row -> row.period().sortKey));
        if (latest.isEmpty()) {
            throw new ApiException(ProblemType.NOT_FOUND, "No published values of indicator " + indicator.id + " for "
                    + type.name().toLowerCase(Locale.ROOT) + " areas" + (group != null ? " in group " + group.id
                            : " under " + parent.code) + (requested == null ? "" : " in " + requested));
        }
        String shown = latest.get().period().label;
        Map<String, Double> values = atAge.stream().filter(row -> row.period().label.equals(shown)
                && row.value() != null).collect(Collectors.toMap(Row::areaCode, Row::value, (a, b) -> a));
        PeerDistribution distribution = PeerDistribution.of(values.values());
        PeerDistributionView.AreaPlace place = null;
        if (area != null) {
            Double value = values.get(area.code);
            if (value == null) {
                value = queries.ofAreas(indicator.id, List.of(area.code)).stream()
                        .filter(row -> row.age().equals(age) && row.period().label.equals(shown)
                                && row.value() != null)
                        .map(Row::value).findFirst().orElse(null);
            }
            place = new PeerDistributionView.AreaPlace(area.code, area.name, value, distribution.quartileOf(value),
                    values.containsKey(area.code));
        }
        return new PeerDistributionView(indicator.id, indicator.name, indicator.polarity, type,
                parent == null ? null : AreaMapper.toView(parent), group == null ? null : group.id, shown,
                Breakdown.PERSONS, age, DistributionView.of(distribution), place);
    }

    private static AreaType areaType(String name, Area area) {
        if (name == null || name.isBlank()) {
            if (area == null) {
                throw ApiException.badParameter("areaType", "name the peers' area type, or an area whose type it is");
            }
            return area.type;
        }
        try {
            return AreaType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("areaType", "areaType must be one of COUNTRY, REGION, COUNTY_UA, "
                    + "DISTRICT_UA, WARD or OTHER");
        }
    }
}
