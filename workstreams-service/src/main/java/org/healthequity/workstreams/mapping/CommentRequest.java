package org.healthequity.workstreams.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentRequest", description = "A message in an actual's review thread")
public record CommentRequest(
        @NotBlank @Size(max = 4000) @Schema(examples = "The return counts referrals; please send enrolments")
        String text) {
}
