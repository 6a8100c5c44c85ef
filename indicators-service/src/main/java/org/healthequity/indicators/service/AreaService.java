package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.mapping.Text;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.indicators.mapping.AreaGroupRequest;
import org.healthequity.indicators.mapping.AreaGroupView;
import org.healthequity.indicators.mapping.AreaMapper;
import org.healthequity.indicators.mapping.AreaView;
import org.healthequity.indicators.repository.Area;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaGroupKind;
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

    public Versioned<AreaGroupView> getGroup(String id) {
        AreaGroup group = findGroup(id);
        return new Versioned<>(toView(group), group.version);
    }

    @Transactional
    public Versioned<AreaGroupView> createGroup(AreaGroupRequest request) {
        if (groups.findByIdOptional(request.id()).isPresent()) {
            throw ApiException.conflict("Area group '" + request.id() + "' exists already");
        }
        AreaGroup group = new AreaGroup();
        group.id = request.id();
        apply(group, request);
        groups.persist(group);
        groups.flush();
        return new Versioned<>(toView(group), group.version);
    }

    @Transactional
    public Versioned<AreaGroupView> updateGroup(String id, String ifMatch, AreaGroupRequest request) {
        AreaGroup group = findGroup(id);
        EntityTags.requireMatch(ifMatch, group.version);
        if (request.id() != null && !request.id().equals(id)) {
            throw ApiException.invalidField("id", "immutable", "A group's id cannot change; create a new group");
        }
        apply(group, request);
        groups.flush();
        return new Versioned<>(toView(group), group.version);
    }

    @Transactional
    public void deleteGroup(String id, String ifMatch) {
        AreaGroup group = findGroup(id);
        EntityTags.requireMatch(ifMatch, group.version);
        groups.delete(group);
    }

    private AreaGroup findGroup(String id) {
        return groups.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Area group", id));
    }

    /** Checks the request against the areas it names, then writes it onto the group. */
    private void apply(AreaGroup group, AreaGroupRequest request) {
        List<ProblemError> errors = new ArrayList<>();
        Set<String> known = areas.list("code in ?1", request.members()).stream().map(area -> area.code)
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            String code = request.members().get(i);
            if (!known.contains(code)) {
                errors.add(ProblemError.field("members[" + i + "]", "unknown_area", code + " is not a known area"));
            } else if (!seen.add(code)) {
                errors.add(ProblemError.field("members[" + i + "]", "duplicate", code + " is named twice"));
            }
        }
        if (request.ownerArea() != null && areas.findByIdOptional(request.ownerArea()).isEmpty()) {
            errors.add(ProblemError.field("ownerArea", "unknown_area", request.ownerArea() + " is not a known area"));
        }
        if (request.kind() == AreaGroupKind.NEAREST_NEIGHBOURS) {
            if (request.ownerArea() == null) {
                errors.add(ProblemError.field("ownerArea", "required", "a nearest-neighbour group names whose "
                        + "neighbours it holds"));
            }
            if (request.source() == null || request.source().isBlank()) {
                errors.add(ProblemError.field("source", "required", "a nearest-neighbour group says whose model "
                        + "its members come from"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() == 1 ? errors.get(0).message() : errors.size()
                    + " fields are invalid", errors);
        }
        group.name = request.name().trim();
        group.description = Text.trimToNull(request.description());
        group.kind = request.kind();
        group.ownerArea = request.ownerArea();
        group.source = Text.trimToNull(request.source());
        group.memberCodes.clear();
        group.memberCodes.addAll(request.members());
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
        return new AreaGroupView(group.id, group.name, group.description, group.kind, group.ownerArea, group.source,
                ordered);
    }
}
