package org.healthequity.indicators.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.indicators.mapping.IndicatorMapper;
import org.healthequity.indicators.mapping.IndicatorRequest;
import org.healthequity.indicators.mapping.IndicatorView;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.statistics.ValueType;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;

    IndicatorService(IndicatorRepository indicators, ObservationRepository observations) {
        this.indicators = indicators;
        this.observations = observations;
    }

    public PagedResult<IndicatorView> list(Integer principle, String text, PageRequest page) {
        PanacheQuery<Indicator> query = indicators.search(principle, text);
        return QueryPages.of(query, page, IndicatorMapper::toView);
    }

    public Versioned<IndicatorView> get(int id) {
        Indicator indicator = find(id);
        return new Versioned<>(IndicatorMapper.toView(indicator), indicator.version);
    }

    @Transactional
    public Versioned<IndicatorView> create(IndicatorRequest request) {
        validate(request);
        Indicator indicator = new Indicator();
        if (request.id() != null) {
            if (indicators.findByIdOptional(request.id()).isPresent()) {
                throw ApiException.conflict("Indicator " + request.id() + " already exists");
            }
            indicator.id = request.id();
        } else {
            indicator.id = indicators.nextLocalId();
        }
        IndicatorMapper.update(indicator, request);
        indicators.persistAndFlush(indicator);
        return new Versioned<>(IndicatorMapper.toView(indicator), indicator.version);
    }

    @Transactional
    public Versioned<IndicatorView> update(int id, String ifMatch, IndicatorRequest request) {
        Indicator indicator = find(id);
        EntityTags.requireMatch(ifMatch, indicator.version);
        if (request.id() != null && request.id() != id) {
            throw ApiException.invalidField("id", "immutable", "The id identifies the indicator and cannot change "
                    + "(it is " + id + ")");
        }
        validate(request);
        IndicatorMapper.update(indicator, request);
        indicators.flush();
        return new Versioned<>(IndicatorMapper.toView(indicator), indicator.version);
    }

    /** Deletes an indicator that has no observations; its data must go first, deliberately. */
    @Transactional
    public void delete(int id, String ifMatch) {
        Indicator indicator = find(id);
        EntityTags.requireMatch(ifMatch, indicator.version);
        long stored = observations.countForIndicator(id);
        if (stored > 0) {
            throw ApiException.conflict("Indicator " + id + " has " + stored + " observations; delete or move them "
                    + "before the indicator");
        }
        indicators.delete(indicator);
    }

    public Indicator find(int id) {
        return indicators.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Indicator", id));
    }

    private static void validate(IndicatorRequest request) {
        if (request.validMin() != null && request.validMax() != null && request.validMin() > request.validMax()) {
            throw ApiException.invalid("The valid range is empty", List.of(ProblemError.field("validMin",
                    "out_of_range", "validMin must not exceed validMax")));
        }
        if (request.valueType() == ValueType.PROPORTION && request.validMax() != null && request.multiplier() != null
                && request.validMax() > request.multiplier()) {
            throw ApiException.invalid("A proportion cannot exceed its multiplier", List.of(ProblemError.field(
                    "validMax", "out_of_range", "a proportion per " + request.multiplier() + " cannot exceed "
                            + request.multiplier())));
        }
    }
}
