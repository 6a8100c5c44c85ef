package org.healthequity.workstreams.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.workstreams.repository.ActualStatus;
import org.healthequity.workstreams.repository.Kpi;
import org.healthequity.workstreams.repository.KpiActual;
import org.healthequity.workstreams.repository.KpiPeriodStatus;
import org.healthequity.workstreams.repository.KpiTarget;
import org.healthequity.workstreams.repository.ReportingPeriod;

/** A KPI's RAG for every period that has a target or an actual, by {@link KpiRagRule}. */
final class KpiStatuses {

    private KpiStatuses() {
    }

    static List<KpiPeriodStatus> compute(Kpi kpi, List<KpiTarget> targets, List<KpiActual> actuals, Instant now) {
        Map<String, ReportingPeriod> periods = new LinkedHashMap<>();
        Map<String, BigDecimal> targetOf = new LinkedHashMap<>();
        Map<String, KpiActual> actualOf = new LinkedHashMap<>();
        targets.forEach(target -> {
            periods.put(target.period.label, target.period);
            targetOf.put(target.period.label, target.value);
        });
        actuals.forEach(actual -> {
            periods.putIfAbsent(actual.period.label, actual.period);
            actualOf.put(actual.period.label, actual);
        });
        List<ReportingPeriod> ordered = new ArrayList<>(periods.values());
        ordered.sort(Comparator.comparingInt(period -> period.sortKey));

        List<KpiPeriodStatus> statuses = new ArrayList<>();
        BigDecimal runningTotal = BigDecimal.ZERO;
        for (ReportingPeriod period : ordered) {
            KpiActual actual = actualOf.get(period.label);
            BigDecimal approved = actual != null && actual.status == ActualStatus.APPROVED ? actual.value : null;
            if (approved != null) {
                runningTotal = runningTotal.add(approved);
            }
            BigDecimal compared = approved == null ? null : kpi.cumulative ? runningTotal : approved;
            KpiRagRule.Assessment assessment = KpiRagRule.assess(kpi.direction, targetOf.get(period.label), compared);
            KpiPeriodStatus status = new KpiPeriodStatus();
            status.kpiId = kpi.id;
            status.periodLabel = period.label;
            status.periodSortKey = period.sortKey;
            status.periodStart = period.start;
            status.target = targetOf.get(period.label);
            status.actual = approved;
            status.comparedValue = compared;
            status.actualStatus = actual == null ? null : actual.status;
            status.rag = assessment.rag();
            status.reason = status.target != null && actual != null && approved == null
                    ? "The actual for this period is " + actual.status.name().toLowerCase() + ", not approved"
                    : assessment.reason();
            status.ruleVersion = KpiRagRule.VERSION;
            status.computedAt = now;
            statuses.add(status);
        }
        return statuses;
    }
}
