package org.healthequity.indicators.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.problem.ApiException;
import org.healthequity.indicators.mapping.PrincipleMapper;
import org.healthequity.indicators.mapping.PrincipleView;
import org.healthequity.indicators.repository.PrincipleRepository;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PrincipleService {

    private final PrincipleRepository principles;

    PrincipleService(PrincipleRepository principles) {
        this.principles = principles;
    }

    public List<PrincipleView> list(PageRequest page) {
        return principles.findAll(Sort.by("id")).page(page.number() - 1, page.size()).list().stream()
                .map(PrincipleMapper::toView).toList();
    }

    public long count() {
        return principles.count();
    }

    public PrincipleView get(int id) {
        return principles.findByIdOptional((short) id).map(PrincipleMapper::toView)
                .orElseThrow(() -> ApiException.notFound("Principle", id));
    }
}
