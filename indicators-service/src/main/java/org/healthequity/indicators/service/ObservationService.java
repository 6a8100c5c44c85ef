package org.healthequity.indicators.service;

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
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.Observation;
import org.healthequity.indicators.repository.ObservationRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObservationService {

    private final ObservationRepository observations;
    private final IndicatorRepository indicators;
    private final AreaRepository areas;

    ObservationService(ObservationRepository observations, IndicatorRepository indicators, AreaRepository areas) {
        this.observations = observations;
        this.indicators = indicators;
        this.areas = areas;
    }

    public PagedResult<ObservationView> list(ObservationRepository.Filter filter, PageRequest page) {
        PanacheQuery<Observation> query = observations.search(filter);
        List<Observation> found = query.page(page.number() - 1, page.size()).list();
        Map<Integer, String> indicatorNames = indicators.list("id in ?1",
                found.stream().map(observation -> observation.indicatorId).distinct().toList()).stream()
                .collect(Collectors.toMap(indicator -> indicator.id, indicator -> indicator.name));
        Map<String, Area> areaByCode = areas.list("code in ?1",
                found.stream().map(observation -> observation.areaCode).distinct().toList()).stream()
                .collect(Collectors.toMap(area -> area.code, Function.identity()));
        List<ObservationView> items = found.stream().map(observation -> ObservationMapper.toView(observation,
                indicatorNames.get(observation.indicatorId), areaByCode.get(observation.areaCode).name)).toList();
        return new PagedResult<>(items, query.count());
    }

    Map<Integer, Indicator> indicatorsById() {
        return indicators.listAll().stream().collect(Collectors.toMap(indicator -> indicator.id,
                Function.identity()));
    }
}
