package org.healthequity.evaluation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.healthequity.common.mapping.Text;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.security.Caller;
import org.healthequity.evaluation.mapping.TimelineRequest;
import org.healthequity.evaluation.mapping.TimelineView;
import org.healthequity.evaluation.repository.RecommendationRepository;
import org.healthequity.evaluation.repository.TimelineEntry;
import org.healthequity.evaluation.repository.TimelineRepository;

/**
 * The programme's timeline and governance log. Entries are added, never changed, as a log's are; a decision may name
 * the workplan it signed off (checked with workstreams-service: 422 when unknown, 503 with nothing saved when it
 * cannot answer) or the recommendation whose move it made.
 */
@ApplicationScoped
public class TimelineService {

    private final TimelineRepository entries;
    private final RecommendationRepository recommendations;
    private final References references;

    TimelineService(TimelineRepository entries, RecommendationRepository recommendations, References references) {
        this.entries = entries;
        this.recommendations = recommendations;
        this.references = references;
    }

    public PagedResult<TimelineView> list(PageRequest page) {
        return QueryPages.of(entries.findAll(Sort.by("startsOn").and("id")), page, TimelineView::of);
    }

    /** Everything that began by the day, oldest first: the report's timeline. */
    public List<TimelineView> until(LocalDate day) {
        return entries.until(day).stream().map(TimelineView::of).toList();
    }

    public TimelineView get(long id) {
        TimelineEntry entry = entries.findById(id);
        if (entry == null) {
            throw ApiException.notFound("Timeline entry", id);
        }
        return TimelineView.of(entry);
    }

    @Transactional
    public TimelineView add(TimelineRequest request) {
        boolean decision = request.kind() == TimelineEntry.Kind.DECISION;
        if (!decision) {
            for (String field : new String[] { "decidedBy", "workplanId", "recommendationId" }) {
                Object given = switch (field) {
                    case "decidedBy" -> Text.trimToNull(request.decidedBy());
                    case "workplanId" -> request.workplanId();
                    default -> request.recommendationId();
                };
                if (given != null) {
                    throw ApiException.invalidField(field, "decisions_only", "Only a DECISION names " + field);
                }
            }
        }
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw ApiException.invalidField("endsOn", "before_start", "A period cannot end before it starts");
        }
        if (request.recommendationId() != null && recommendations.findById(request.recommendationId()) == null) {
            throw ApiException.invalidField("recommendationId", "unknown_recommendation", "There is no "
                    + "recommendation " + request.recommendationId());
        }
        references.check(List.of(References.workplan("workplanId", request.workplanId())));
        TimelineEntry entry = new TimelineEntry();
        entry.kind = request.kind();
        entry.startsOn = request.startsOn();
        entry.endsOn = request.endsOn();
        entry.precision = request.precision() == null ? TimelineEntry.Precision.DAY : request.precision();
        entry.title = request.title().trim();
        entry.detail = Text.trimToNull(request.detail());
        entry.decidedBy = Text.trimToNull(request.decidedBy());
        entry.workplanId = request.workplanId();
        entry.recommendationId = request.recommendationId();
        entry.createdAt = Instant.now();
        entry.createdBy = Caller.currentName();
        entries.persist(entry);
        return TimelineView.of(entry);
    }
}
