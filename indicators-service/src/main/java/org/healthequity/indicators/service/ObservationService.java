package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.indicators.mapping.ObservationMapper;
import org.healthequity.indicators.mapping.ObservationView;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaTree;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.Observation;
import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.repository.ObservationStatus;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObservationService {

    private final ObservationRepository observations;
    private final IndicatorRepository indicators;
    private final AreaRepository areas;
    private final ObservationComparisons comparisons;

    ObservationService(ObservationRepository observations, IndicatorRepository indicators, AreaRepository areas,
            ObservationComparisons comparisons) {
        this.comparisons = comparisons;
        this.observations = observations;
        this.indicators = indicators;
        this.areas = areas;
    }

    public PagedResult<ObservationView> list(ObservationRepository.Filter filter, PageRequest page) {
        PanacheQuery<Observation> query = observations.search(filter);
        List<Observation> found = query.page(page.number() - 1, page.size()).list();
        Map<Integer, Indicator> indicatorById = indicators.list("id in ?1",
                found.stream().map(observation -> observation.indicatorId).distinct().toList()).stream()
                .collect(Collectors.toMap(indicator -> indicator.id, Function.identity()));
        AreaTree tree = AreaTree.of(areas.listAll());
        List<ObservationView.Computed> computed = comparisons.of(found, indicatorById, tree,
                filter.status() == ObservationStatus.PUBLISHED);
        List<ObservationView> items = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Observation observation = found.get(i);
            items.add(ObservationMapper.toView(observation, indicatorById.get(observation.indicatorId).name,
                    tree.get(observation.areaCode).name, computed.get(i)));
        }
        return new PagedResult<>(items, query.count());
    }

    Map<Integer, Indicator> indicatorsById() {
        return indicators.listAll().stream().collect(Collectors.toMap(indicator -> indicator.id,
                Function.identity()));
    }
}
