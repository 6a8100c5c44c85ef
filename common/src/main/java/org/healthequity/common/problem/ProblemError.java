package org.healthequity.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason a request was refused: the field (a JSON pointer-like dotted path or a query parameter) or the row of a
 * bulk upload, a stable machine-readable code, and a message for people.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemError")
public record ProblemError(
        @Schema(examples = "name") String field,
        @Schema(description = "1-based data row of a bulk upload") Integer row,
        @Schema(examples = "required") String code,
        @Schema(examples = "must not be blank") String message) {

    public static ProblemError field(String field, String code, String message) {
        return new ProblemError(field, null, code, message);
    }

    public static ProblemError row(int row, String field, String code, String message) {
        return new ProblemError(field, row, code, message);
    }
}
