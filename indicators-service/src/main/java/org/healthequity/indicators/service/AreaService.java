package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.indicators.mapping.AreaGroupView;
import org.healthequity.indicators.mapping.AreaMapper;
import org.healthequity.indicators.mapping.AreaView;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaGroupRepository;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaType;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AreaService {

    private final AreaRepository areas;
    private final AreaGroupRepository groups;

    AreaService(AreaRepository areas, AreaGroupRepository groups) {
        this.areas = areas;
        this.groups = groups;
    }

    public PagedResult<AreaView> list(AreaType type, String parentCode, PageRequest page) {
        PanacheQuery<Area> query = areas.search(type, parentCode);
        return QueryPages.of(query, page, AreaMapper::toView);
    }

    public AreaView get(String code) {
        return AreaMapper.toView(find(code));
    }

    public Area find(String code) {
        return areas.findByIdOptional(code).orElseThrow(() -> ApiException.notFound("Area", code));
    }

    public PagedResult<AreaGroupView> listGroups(PageRequest page) {
        var query = groups.findAll(Sort.by("id"));
        List<AreaGroup> found = query.page(page.number() - 1, page.size()).list();
        return new PagedResult<>(found.stream().map(this::toView).toList(), query.count());
    }

    public AreaGroupView getGroup(String id) {
        return toView(groups.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Area group", id)));
    }

    private AreaGroupView toView(AreaGroup group) {
        Map<String, Area> members = areas.list("code in ?1", group.memberCodes).stream()
                .collect(Collectors.toMap(area -> area.code, Function.identity()));
        List<AreaView> ordered = new ArrayList<>();
        for (String code : group.memberCodes) {
            Area area = members.get(code);
            if (area != null) {
                ordered.add(AreaMapper.toView(area));
            }
        }
        return new AreaGroupView(group.id, group.name, group.description, ordered);
    }
}
