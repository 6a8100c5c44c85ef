package org.healthequity.workstreams.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.common.period.PeriodType;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiDirection;
import org.healthequity.workstreams.repository.KpiPeriodStatus;

@Schema(name = "Kpi", description = "A workstream KPI with its baseline, targets and latest RAG")
public record KpiView(
        long id,
        @Schema(examples = "business-skills-employment") String workstream,
        String name,
        String description,
        @Schema(examples = "people") String unit,
        KpiDirection direction,
        boolean cumulative,
        PeriodType frequency,
        @Schema(examples = "semlep") String ownerOrganisation,
        PeriodValue baseline,
        List<PeriodValue> targets,
        @Schema(description = "The RAG of the latest period that has begun, if any") KpiValueView latest,
        @Schema(description = "Percentage of the population served that lives in the most deprived 20 %: what the "
                + "share reached is judged against") BigDecimal mostDeprivedPopulationShare,
        String mostDeprivedPopulationSource,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public static KpiView of(Kpi kpi, KpiPeriodStatus latest) {
        PeriodValue baseline = kpi.baselinePeriod == null ? null
                : new PeriodValue(kpi.baselinePeriod, kpi.baselineValue);
        List<PeriodValue> targets = kpi.targets.stream()
                .map(target -> new PeriodValue(target.period.label, target.value)).toList();
        return new KpiView(kpi.id, kpi.workstream.slug, kpi.name, kpi.description, kpi.unit, kpi.direction,
                kpi.cumulative, kpi.frequency, kpi.owner == null ? null : kpi.owner.slug, baseline, targets,
                latest == null ? null : KpiValueView.of(kpi, latest), kpi.mostDeprivedPopulationShare,
                kpi.mostDeprivedPopulationSource, kpi.createdAt, kpi.createdBy, kpi.updatedAt,
                kpi.updatedBy);
    }
}
