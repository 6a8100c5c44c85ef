package org.healthequity.workstreams.mapping;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkplanRequest", description = "A workplan to create, or its new title and priorities; the year "
        + "cannot change once created")
public record WorkplanRequest(
        @NotBlank @Schema(description = "Financial year", examples = "2024/25") String year,
        @Size(max = 300) @Schema(description = "'<workstream> workplan <year>' when omitted") String title,
        @Size(max = 50)
        @Schema(examples = "[\"Delivering Healthy housing and Promotion\", \"Housing Conditions (PRS)\"]")
        List<@NotBlank @Size(max = 1000) String> priorities) {

    public WorkplanRequest {
        priorities = priorities == null ? List.of() : priorities;
    }
}
