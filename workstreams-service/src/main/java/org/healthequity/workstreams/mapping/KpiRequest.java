package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.period.PeriodType;
import org.healthequity.workstreams.repository.KpiDirection;

@Schema(name = "KpiRequest", description = "A KPI to create, or its new state on update")
public record KpiRequest(
        @NotBlank @Size(max = 500) @Schema(examples = "Number of people accessing employment skills training")
        String name,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 100) @Schema(examples = "people") String unit,
        @NotNull KpiDirection direction,
        @Schema(description = "Actuals are amounts per period that add up, against running-total targets; false when "
                + "omitted") Boolean cumulative,
        @NotNull @Schema(description = "The kind of period targets and actuals are for: CALENDAR_YEAR, FINANCIAL_YEAR, "
                + "ACADEMIC_YEAR, CALENDAR_QUARTER, FINANCIAL_QUARTER or MONTH", examples = "FINANCIAL_QUARTER")
        PeriodType frequency,
        @Schema(description = "Slug of the organisation that reports its actuals", examples = "semlep")
        String ownerOrganisation,
        @Valid PeriodValue baseline,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) @Schema(description = "Percentage of "
                + "the population the KPI serves that lives in the most deprived 20 % (IMD quintile 1), which the "
                + "share reached is judged against; needs its source", examples = "28.5")
        BigDecimal mostDeprivedPopulationShare,
        @Size(max = 500) @Schema(description = "Where that share comes from", examples = "ONS mid-year estimates "
                + "by LSOA with IMD 2019") String mostDeprivedPopulationSource) {
}
