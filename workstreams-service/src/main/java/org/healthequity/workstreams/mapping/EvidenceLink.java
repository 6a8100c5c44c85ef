package org.healthequity.workstreams.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document that backs an actual: where it is and what it is called. */
@Schema(name = "EvidenceLink", description = "A titled link to the evidence for an actual")
public record EvidenceLink(
        @NotBlank @Size(max = 200) @Schema(examples = "SEMLEP quarterly monitoring return, Q4") String title,
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s<>\"]+")
        @Schema(description = "An http or https address", examples = "https://www.semlep.com/monitoring/q4.pdf")
        String url) {

    /** How many links one actual carries. */
    public static final int MAX_PER_ACTUAL = 10;
}
