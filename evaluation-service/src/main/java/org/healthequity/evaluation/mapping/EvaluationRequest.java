package org.healthequity.evaluation.mapping;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.EvaluationStatus;

@Schema(name = "EvaluationRequest", description = "An evaluation to create, or its new state on update")
public record EvaluationRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 40) @Schema(examples = "2023/24") String period,
        @NotNull EvaluationStatus status,
        @Size(max = 20) List<@NotBlank @Size(max = 2000) String> aims,
        @Size(max = 4000) String method,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        String publicationUrl) {
}
