package org.healthequity.common.problem;

import jakarta.ws.rs.core.Response;

import org.healthequity.conventions.ProblemType;

/** Builds the HTTP response that carries a problem. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Problem problem(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null);
    }
}
