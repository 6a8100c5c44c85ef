package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Part of an actual reached in one category: so many of the people in the most deprived quintile, in a ward… */
@Schema(name = "ReachCount", description = "How much of an actual falls in one category of a breakdown")
public record ReachCount(
        @NotNull ReachDimension dimension,
        @NotBlank @Size(max = 100) @Schema(description = "The category: 1 (most deprived) to 5 for deprivation "
                + "quintiles; a ward's name or code, an ethnic group, a sex or an age band otherwise",
                examples = "1") String category,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 6) @Schema(examples = "46") BigDecimal value) {

    public static final int MAX_PER_ACTUAL = 200;
}
