package org.healthequity.workstreams.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.problem.ApiException;
import org.healthequity.workstreams.mapping.WorkstreamMapper;
import org.healthequity.workstreams.mapping.WorkstreamRequest;
import org.healthequity.workstreams.mapping.WorkstreamView;
import org.healthequity.workstreams.repository.Workstream;
import org.healthequity.workstreams.repository.WorkstreamRepository;
import org.healthequity.workstreams.repository.WorkstreamStatus;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkstreamService {

    private final WorkstreamRepository workstreams;
    private final Permissions permissions;

    WorkstreamService(WorkstreamRepository workstreams, Permissions permissions) {
        this.workstreams = workstreams;
        this.permissions = permissions;
    }

    public PagedResult<WorkstreamView> list(WorkstreamStatus status, Integer principle, PageRequest page) {
        List<WorkstreamView> all = workstreams.listByStatus(status).stream()
                .filter(workstream -> principle == null || workstream.principles.contains(principle))
                .map(WorkstreamMapper::toView).toList();
        return PagedResult.slice(all, page);
    }

    public Versioned<WorkstreamView> get(String slug) {
        Workstream workstream = find(slug);
        return new Versioned<>(WorkstreamMapper.toView(workstream), workstream.version);
    }

    @Transactional
    public Versioned<WorkstreamView> create(WorkstreamRequest request) {
        if (workstreams.findBySlug(request.slug()).isPresent()) {
            throw ApiException.conflict("A workstream with slug '" + request.slug() + "' already exists");
        }
        Workstream workstream = WorkstreamMapper.toEntity(request);
        workstreams.persistAndFlush(workstream);
        return new Versioned<>(WorkstreamMapper.toView(workstream), workstream.version);
    }

    @Transactional
    public Versioned<WorkstreamView> update(String slug, String ifMatch, WorkstreamRequest request) {
        Workstream workstream = find(slug);
        permissions.requireLead(workstream, "change the workstream");
        EntityTags.requireMatch(ifMatch, workstream.version);
        if (!slug.equals(request.slug())) {
            throw ApiException.invalidField("slug", "immutable", "The slug identifies the workstream and cannot "
                    + "change (it is '" + slug + "')");
        }
        WorkstreamMapper.update(workstream, request);
        workstreams.flush();
        return new Versioned<>(WorkstreamMapper.toView(workstream), workstream.version);
    }

    public Workstream find(String slug) {
        return workstreams.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Workstream", slug));
    }
}
