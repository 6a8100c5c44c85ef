package org.healthequity.evaluation.mapping;

import java.util.List;

import org.healthequity.evaluation.repository.Evaluation;

public final class EvaluationMapper {

    private EvaluationMapper() {
    }

    public static EvaluationView toView(Evaluation evaluation) {
        return new EvaluationView(evaluation.id, evaluation.title, evaluation.period, evaluation.status,
                List.copyOf(evaluation.aims), evaluation.method, evaluation.publicationUrl, evaluation.createdAt,
                evaluation.createdBy, evaluation.updatedAt, evaluation.updatedBy);
    }

    public static void update(Evaluation evaluation, EvaluationRequest request) {
        evaluation.title = request.title().trim();
        evaluation.period = request.period().trim();
        evaluation.status = request.status();
        evaluation.method = request.method();
        evaluation.publicationUrl = request.publicationUrl();
        evaluation.aims.clear();
        if (request.aims() != null) {
            request.aims().stream().map(String::trim).forEach(evaluation.aims::add);
        }
    }
}
