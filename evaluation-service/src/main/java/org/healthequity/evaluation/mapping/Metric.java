package org.healthequity.evaluation.mapping;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.evaluation.repository.MetricQualifier;

@Schema(name = "Metric", description = "A figure an achievement is measured by: \"over 8000 food maps\" is "
        + "{value: 8000, unit: \"food maps distributed\", qualifier: MORE_THAN}")
public record Metric(
        @NotNull @Schema(examples = "8000") BigDecimal value,
        @NotBlank @Size(max = 200) @Schema(examples = "food maps distributed") String unit,
        @Schema(description = "EXACTLY when omitted") MetricQualifier qualifier) {
}
