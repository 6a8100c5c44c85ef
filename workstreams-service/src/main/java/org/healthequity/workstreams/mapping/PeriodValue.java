package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodValue", description = "A value for a period: a baseline or a target")
public record PeriodValue(
        @NotBlank @Schema(examples = "2024/25") String period,
        @NotNull @Digits(integer = 15, fraction = 6) @Schema(examples = "120") BigDecimal value) {
}
