package org.healthequity.evaluation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.evaluation.client.WorkstreamsClient;
import org.healthequity.evaluation.config.EvaluationConfig;

/**
 * Checks organisation and workstream slugs with workstreams-service, which owns them. Every unknown slug is reported
 * at once under the field that holds it; when workstreams-service cannot answer, a 503 and nothing is saved.
 */
@ApplicationScoped
public class References {

    private static final Logger LOG = Logger.getLogger(References.class);

    /** A slug to check, and the request field it came from. */
    public record Reference(String field, Kind kind, String slug) {
    }

    public enum Kind {
        ORGANISATION,
        WORKSTREAM,
        WORKPLAN
    }

    private final WorkstreamsClient workstreams;
    private final EvaluationConfig config;

    References(WorkstreamsClient workstreams, EvaluationConfig config) {
        this.workstreams = workstreams;
        this.config = config;
    }

    public static Reference organisation(String field, String slug) {
        return new Reference(field, Kind.ORGANISATION, slug);
    }

    public static Reference workstream(String field, String slug) {
        return new Reference(field, Kind.WORKSTREAM, slug);
    }

    public static Reference workplan(String field, Long id) {
        return new Reference(field, Kind.WORKPLAN, id == null ? null : Long.toString(id));
    }

    /** Checks the references whose slug is given; blank slugs are left to validation. */
    public void check(List<Reference> references) {
        List<ProblemError> errors = new ArrayList<>();
        for (Reference reference : references) {
            if (reference.slug() == null || reference.slug().isBlank()) {
                continue;
            }
            if (!exists(reference)) {
                String what = reference.kind().name().toLowerCase(Locale.ROOT);
                errors.add(ProblemError.field(reference.field(), "unknown_" + what,
                        "workstreams-service has no " + what + " '" + reference.slug() + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() == 1 ? errors.get(0).message()
                    : errors.size() + " references are unknown", errors);
        }
    }

    private boolean exists(Reference reference) {
        try {
            return switch (reference.kind()) {
                case WORKSTREAM -> workstreams.workstreamExists(reference.slug());
                case ORGANISATION -> workstreams.organisationExists(reference.slug());
                case WORKPLAN -> workstreams.workplanExists(Long.parseLong(reference.slug()));
            };
        } catch (RuntimeException e) {
            LOG.warnf("workstreams-service could not check %s '%s': %s", reference.kind(), reference.slug(),
                    e.toString());
            throw ApiException.unavailable("workstreams-service cannot be reached to check " + reference.field()
                    + " '" + reference.slug() + "'; nothing was saved. Try again shortly.",
                    config.workstreams().openFor());
        }
    }
}
