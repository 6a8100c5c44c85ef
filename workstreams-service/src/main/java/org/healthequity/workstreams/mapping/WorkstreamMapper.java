package org.healthequity.workstreams.mapping;

import java.util.List;

import org.healthequity.common.mapping.Text;
import org.healthequity.workstreams.repository.Workstream;
import org.healthequity.workstreams.repository.WorkstreamStatus;

public final class WorkstreamMapper {

    private WorkstreamMapper() {
    }

    public static WorkstreamView toView(Workstream workstream) {
        return new WorkstreamView(workstream.slug, workstream.name, workstream.chairRole, workstream.description,
                List.copyOf(workstream.principles), workstream.status, workstream.createdAt, workstream.createdBy,
                workstream.updatedAt, workstream.updatedBy);
    }

    /** Copies the updatable fields; the slug is the identity and stays. */
    public static void update(Workstream workstream, WorkstreamRequest request) {
        workstream.name = request.name().trim();
        workstream.chairRole = request.chairRole().trim();
        workstream.description = Text.trimToNull(request.description());
        workstream.status = request.status() == null ? WorkstreamStatus.ACTIVE : request.status();
        workstream.principles.clear();
        workstream.principles.addAll(request.principles());
    }

    public static Workstream toEntity(WorkstreamRequest request) {
        Workstream workstream = new Workstream();
        workstream.slug = request.slug();
        update(workstream, request);
        return workstream;
    }
}
