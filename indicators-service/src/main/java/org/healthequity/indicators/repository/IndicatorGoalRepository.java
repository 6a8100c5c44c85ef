package org.healthequity.indicators.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class IndicatorGoalRepository implements PanacheRepository<IndicatorGoal> {

    public List<IndicatorGoal> ofIndicator(int indicatorId) {
        return list("indicatorId", Sort.by("areaCode").and("periodSortKey"), indicatorId);
    }

    public List<IndicatorGoal> ofIndicators(List<Integer> indicatorIds) {
        return indicatorIds.isEmpty() ? List.of() : list("indicatorId in ?1", indicatorIds);
    }
}
