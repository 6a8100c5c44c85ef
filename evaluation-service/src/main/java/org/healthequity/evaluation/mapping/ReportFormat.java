package org.healthequity.evaluation.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

import org.healthequity.evaluation.repository.FindingKind;
import org.healthequity.evaluation.repository.ImpactMode;

/**
 * How the report's templates write numbers, names and counts: the one place for formatting, shared by the HTML and
 * the Markdown report. Methods on a value read as its properties ({@code {row.displayName}}); those that take a
 * value that may be missing are in the {@code fmt} namespace ({@code {fmt:number(row.value)}}) and write nothing for
 * it.
 */
public final class ReportFormat {

    private ReportFormat() {
    }

    /** The opportunity and the challenge shown side by side in one row of an evaluation's table; "" where none. */
    public record FindingPair(String opportunity, String challenge) {
    }

    /** "Luton (E06000032)", or the code alone when the name is not known. */
    @TemplateExtension
    static String areaLabel(AnnualReport report) {
        return report.areaName() == null ? report.area() : report.areaName() + " (" + report.area() + ")";
    }

    /** The indicator's name, with the sex when it is not persons. */
    @TemplateExtension
    static String displayName(AnnualReport.OutcomeRow row) {
        boolean persons = row.sex() == null || "Persons".equalsIgnoreCase(row.sex());
        return row.name() + (persons ? "" : ", " + row.sex());
    }

    /** The row's comparison with the comparator of that name, or null when it was not compared with it. */
    @TemplateExtension
    static AnnualReport.ComparisonCell comparisonWith(AnnualReport.OutcomeRow row, String comparatorName) {
        return row.comparisons().stream().filter(found -> comparatorName.equals(found.areaName())).findFirst()
                .orElse(null);
    }

    /** The CSS class that colours a comparison: better, similar, worse, higher, lower or not-compared. */
    @TemplateExtension
    static String cssClass(ComparisonCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The KPI's RAG rating, NO_DATA when it has none. */
    @TemplateExtension
    static String ragOrNoData(AnnualReport.KpiLine kpi) {
        return kpi.rag() == null ? "NO_DATA" : kpi.rag();
    }

    /** The CSS class of a KPI's RAG cell: red, amber, green or no-data. */
    @TemplateExtension
    static String ragClass(AnnualReport.KpiLine kpi) {
        return ragOrNoData(kpi).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Opportunities and challenges in two columns, row by row. */
    @TemplateExtension
    static List<FindingPair> findingPairs(AnnualReport.EvaluationSummary evaluation) {
        List<FindingView> opportunities = ofKind(evaluation, FindingKind.OPPORTUNITY);
        List<FindingView> challenges = ofKind(evaluation, FindingKind.CHALLENGE);
        List<FindingPair> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(opportunities.size(), challenges.size()); i++) {
            pairs.add(new FindingPair(i < opportunities.size() ? opportunities.get(i).statement() : "",
                    i < challenges.size() ? challenges.get(i).statement() : ""));
        }
        return pairs;
    }

    @TemplateExtension
    static List<FindingView> insights(AnnualReport.EvaluationSummary evaluation) {
        return ofKind(evaluation, FindingKind.INSIGHT);
    }

    @TemplateExtension
    static String title(ImpactMode mode) {
        return switch (mode) {
            case LEADING -> "Leading";
            case INFLUENCING -> "Influencing";
            case FACILITATING_ENABLING -> "Facilitating and enabling";
        };
    }

    /** " (over 8000 food maps distributed)", for an achievement's metric; empty when it has none. */
    @TemplateExtension(namespace = "fmt")
    static String metric(Metric metric) {
        if (metric == null) {
            return "";
        }
        String qualifier = metric.qualifier() == null ? "" : switch (metric.qualifier()) {
            case MORE_THAN -> "over ";
            case UP_TO -> "up to ";
            case EXACTLY -> "";
        };
        return " (" + qualifier + decimal(metric.value()) + " " + metric.unit() + ")";
    }

    /** "In progress" for IN_PROGRESS; empty for none. */
    @TemplateExtension(namespace = "fmt")
    static String words(Object constant) {
        if (constant == null) {
            return "";
        }
        String text = constant.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "3 proposed, 2 in progress": the counts that are not zero, or "none". */
    @TemplateExtension(namespace = "fmt")
    static String counts(Map<?, Long> counts) {
        StringBuilder text = new StringBuilder();
        if (counts != null) {
            counts.forEach((key, count) -> {
                if (count != null && count > 0) {
                    text.append(text.isEmpty() ? "" : ", ").append(count).append(" ")
                            .append(words(key).toLowerCase(Locale.ROOT));
                }
            });
        }
        return text.isEmpty() ? "none" : text.toString();
    }

    /** A number as written, without trailing zeros or an exponent. */
    @TemplateExtension(namespace = "fmt")
    static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @TemplateExtension(namespace = "fmt")
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** "63.4%" or "78.2 years": the value with its unit. */
    @TemplateExtension(namespace = "fmt")
    static String valueWithUnit(Double value, String unit) {
        if (value == null) {
            return "";
        }
        return number(value) + (unit == null || unit.isBlank() ? "" : unit.equals("%") ? "%" : " " + unit);
    }

    private static List<FindingView> ofKind(AnnualReport.EvaluationSummary evaluation, FindingKind kind) {
        return evaluation.findings().stream().filter(finding -> finding.kind() == kind).toList();
    }
}
