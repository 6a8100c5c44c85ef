package org.healthequity.workstreams.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.conventions.ProblemType;
import org.healthequity.workstreams.mapping.LogicModelView;
import org.healthequity.workstreams.repository.LogicModel;
import org.healthequity.workstreams.repository.LogicModelContent;
import org.healthequity.workstreams.repository.LogicModelRepository;
import org.healthequity.workstreams.repository.LogicModelStatus;
import org.healthequity.workstreams.repository.Workstream;

/**
 * A workstream's logic model as a line of versions. A draft is edited in place; approving it supersedes the model in
 * force; editing an approved model starts the next draft, so every version stays as it was approved. Writes check
 * their references first, indicators-service included, and only then open a transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LogicModelService {

    /** A saved version, and whether saving created it (201) rather than changed it (200). */
    public record Saved(Versioned<LogicModelView> model, boolean created) {
    }

    private final WorkstreamService workstreams;
    private final LogicModelRepository models;
    private final ReferenceChecks references;
    private final Permissions permissions;

    LogicModelService(WorkstreamService workstreams, LogicModelRepository models, ReferenceChecks references,
            Permissions permissions) {
        this.workstreams = workstreams;
        this.models = models;
        this.references = references;
        this.permissions = permissions;
    }

    public PagedResult<LogicModelView> list(String slug, LogicModelStatus status, PageRequest page) {
        PanacheQuery<LogicModel> query = models.versions(workstreams.find(slug), status);
        return QueryPages.of(query, page, LogicModelView::of);
    }

    public Versioned<LogicModelView> get(String slug, int versionNumber) {
        return versioned(find(workstreams.find(slug), versionNumber));
    }

    /** The approved version in force. */
    public Versioned<LogicModelView> current(String slug) {
        Workstream workstream = workstreams.find(slug);
        return versioned(models.current(workstream).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "Workstream '" + slug + "' has no approved logic model yet")));
    }

    /** Starts a new draft: the first version, or the next after the approved one. */
    @Transactional(Transactional.TxType.NEVER)
    public Saved create(String slug, LogicModelContent content) {
        Workstream workstream = checked(slug, content, "draft its logic model");
        return QuarkusTransaction.requiringNew().call(() -> {
            Workstream current = workstreams.find(slug);
            models.latest(current).filter(latest -> latest.status == LogicModelStatus.DRAFT).ifPresent(draft -> {
                throw ApiException.conflict("Version " + draft.versionNumber + " of workstream '" + slug
                        + "' is a draft already; change it with PUT rather than starting another");
            });
            return new Saved(versioned(newDraft(current, content)), true);
        });
    }

    /** Changes a draft in place, or starts the next draft from an approved version; only the latest is editable. */
    @Transactional(Transactional.TxType.NEVER)
    public Saved update(String slug, int versionNumber, String ifMatch, LogicModelContent content) {
        Workstream workstream = checked(slug, content, "edit its logic model");
        return QuarkusTransaction.requiringNew().call(() -> {
            LogicModel model = find(workstreams.find(workstream.slug), versionNumber);
            EntityTags.requireMatch(ifMatch, model.version);
            requireLatest(model);
            if (model.status == LogicModelStatus.DRAFT) {
                model.content = content;
                models.flush();
                return new Saved(versioned(model), false);
            }
            return new Saved(versioned(newDraft(model.workstream, content)), true);
        });
    }

    /** Approves a draft, after checking its references again: an indicator may have gone since it was drafted. */
    @Transactional(Transactional.TxType.NEVER)
    public Versioned<LogicModelView> approve(String slug, int versionNumber, String ifMatch) {
        Workstream workstream = workstreams.find(slug);
        permissions.requireLead(workstream, "approve its logic model");
        LogicModel draft = find(workstream, versionNumber);
        EntityTags.requireMatch(ifMatch, draft.version);
        if (draft.status != LogicModelStatus.DRAFT) {
            throw ApiException.conflict("Version " + versionNumber + " is " + draft.status + "; only a draft can be "
                    + "approved");
        }
        references.checkLocal(workstream, draft.content);
        references.checkIndicators(draft.content);
        return QuarkusTransaction.requiringNew().call(() -> {
            LogicModel model = find(workstreams.find(slug), versionNumber);
            EntityTags.requireMatch(ifMatch, model.version);
            models.current(model.workstream).ifPresent(previous -> {
                previous.status = LogicModelStatus.SUPERSEDED;
                // Only one approved version may exist at a time, so the old one must be written first.
                models.flush();
            });
            model.status = LogicModelStatus.APPROVED;
            model.approvedBy = permissions.name();
            model.approvedAt = Instant.now();
            models.flush();
            return versioned(model);
        });
    }

    private Workstream checked(String slug, LogicModelContent content, String what) {
        Workstream workstream = workstreams.find(slug);
        permissions.requireLead(workstream, what);
        references.checkLocal(workstream, content);
        references.checkIndicators(content);
        return workstream;
    }

    private LogicModel newDraft(Workstream workstream, LogicModelContent content) {
        LogicModel draft = new LogicModel();
        draft.workstream = workstream;
        draft.versionNumber = models.latest(workstream).map(latest -> latest.versionNumber + 1).orElse(1);
        draft.status = LogicModelStatus.DRAFT;
        draft.content = content;
        models.persistAndFlush(draft);
        return draft;
    }

    private void requireLatest(LogicModel model) {
        LogicModel latest = models.latest(model.workstream).orElseThrow();
        if (latest.versionNumber != model.versionNumber) {
            throw ApiException.conflict("Only the latest version (" + latest.versionNumber + ") can be edited; "
                    + "version " + model.versionNumber + " stays as it was " + model.status.name().toLowerCase());
        }
    }

    private LogicModel find(Workstream workstream, int versionNumber) {
        return models.findVersion(workstream, versionNumber).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "Workstream '" + workstream.slug + "' has no logic model version " + versionNumber));
    }

    private static Versioned<LogicModelView> versioned(LogicModel model) {
        return new Versioned<>(LogicModelView.of(model), model.version);
    }
}
