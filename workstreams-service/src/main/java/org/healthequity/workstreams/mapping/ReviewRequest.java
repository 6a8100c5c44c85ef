package org.healthequity.workstreams.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.ActualStatus;

@Schema(name = "ReviewRequest", description = "A lead's decision on a submitted actual")
public record ReviewRequest(
        @NotNull @Schema(description = "APPROVED, REJECTED or RETURNED (to the reporter, with "
                + "questions)", examples = "APPROVED") ActualStatus decision,
        @Size(max = 2000) @Schema(description = "Required when rejecting or returning; a return's note "
                + "opens or continues the actual's comment thread") String note) {
}
