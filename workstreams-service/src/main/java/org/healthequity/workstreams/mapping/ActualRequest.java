package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActualRequest", description = "What a KPI measured in a period, with the evidence for it")
public record ActualRequest(
        @NotBlank @Schema(examples = "2024/25") String period,
        @NotNull @Digits(integer = 15, fraction = 6) @Schema(examples = "134") BigDecimal value,
        @Size(max = 4000) @Schema(examples = "SEMLEP quarterly monitoring return") String evidence,
        @Size(max = EvidenceLink.MAX_PER_ACTUAL) @Schema(description = "Titled links to the evidence")
        List<@Valid @NotNull EvidenceLink> evidenceLinks,
        @Size(max = ReachCount.MAX_PER_ACTUAL) @Schema(description = "The actual broken down by deprivation quintile, "
                + "ward, ethnic group, sex or age band; each dimension's counts add up to at most the value")
        List<@Valid @NotNull ReachCount> breakdowns) {
}
