package org.healthequity.evaluation.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.healthequity.evaluation.repository.ImpactMode;

/** The annual report as Markdown (GitHub tables), for pasting into papers and wikis. */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static String render(AnnualReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(report.title()).append("\n\n");
        out.append("Area: ").append(cell(report.areaName() == null ? report.area()
                : report.areaName() + " (" + report.area() + ")"))
                .append(" · Year: ").append(report.from()).append(" to ").append(report.to())
                .append(" · Composed: ").append(report.generatedAt()).append("\n\n");

        out.append("## Outcome indicators\n\n");
        if (!report.outcomes().available()) {
            out.append("> Not available: ").append(report.outcomes().unavailableReason()).append("\n\n");
        } else {
            List<String> comparators = report.outcomes().content().comparators();
            for (AnnualReport.OutcomePrinciple principle : report.outcomes().content().principles()) {
                if (principle.indicators().isEmpty()) {
                    continue;
                }
                out.append("### ").append(principle.id()).append(". ").append(cell(principle.title())).append("\n\n");
                out.append("| Indicator | Period | Value |");
                comparators.forEach(name -> out.append(" Compared with ").append(cell(name)).append(" |"));
                out.append(" Trend |\n|---|---|---|");
                comparators.forEach(name -> out.append("---|"));
                out.append("---|\n");
                for (AnnualReport.OutcomeRow row : principle.indicators()) {
                    out.append("| ").append(cell(indicatorName(row))).append(" | ").append(cell(row.period()))
                            .append(" | ").append(value(row.value(), row.unit())).append(" |");
                    for (String name : comparators) {
                        AnnualReport.ComparisonCell comparison = row.comparisons().stream()
                                .filter(found -> name.equals(found.areaName())).findFirst().orElse(null);
                        out.append(" ").append(comparison == null ? "" : cell(comparison.label())
                                + (comparison.value() == null ? "" : " (" + number(comparison.value()) + ")"))
                                .append(" |");
                    }
                    out.append(" ").append(cell(row.trend())).append(" |\n");
                }
                out.append("\n");
            }
        }

        out.append("## Workstreams\n\n");
        if (!report.workstreams().available()) {
            out.append("> Not available: ").append(report.workstreams().unavailableReason()).append("\n\n");
        } else {
            for (AnnualReport.WorkstreamSummary workstream : report.workstreams().content()) {
                out.append("### ").append(cell(workstream.name())).append("\n\n");
                out.append("Chaired by ").append(cell(workstream.chairRole())).append(".");
                if (!workstream.available()) {
                    out.append("\n\n> Not available: ").append(workstream.unavailableReason()).append("\n\n");
                    continue;
                }
                if (workstream.workplanYear() != null) {
                    out.append(" Workplan ").append(workstream.workplanYear()).append(": ")
                            .append(words(workstream.workplanStatus())).append(".");
                }
                out.append(" Actions: ").append(counts(workstream.actionsByStatus())).append("; overdue: ")
                        .append(workstream.overdueActions()).append(".\n\n");
                if (!workstream.kpis().isEmpty()) {
                    out.append("| KPI | Period | Target | Actual | RAG |\n|---|---|---|---|---|\n");
                    for (AnnualReport.KpiLine kpi : workstream.kpis()) {
                        out.append("| ").append(cell(kpi.name())).append(" | ").append(cell(kpi.period()))
                                .append(" | ").append(decimal(kpi.target())).append(" | ").append(decimal(kpi.actual()))
                                .append(" | ").append(cell(kpi.rag())).append(" |\n");
                    }
                    out.append("\n");
                }
            }
        }

        if (!report.evaluations().isEmpty()) {
            out.append("## Evaluation\n\n");
            for (AnnualReport.EvaluationSummary evaluation : report.evaluations()) {
                out.append("### ").append(cell(evaluation.title())).append(" (").append(evaluation.period())
                        .append(")\n\n");
                for (int i = 0; i < evaluation.aims().size(); i++) {
                    out.append(i + 1).append(". ").append(evaluation.aims().get(i)).append("\n");
                }
                out.append("\n| Opportunities | Challenges |\n|---|---|\n");
                List<FindingView> opportunities = evaluation.findings().stream()
                        .filter(finding -> finding.kind().name().equals("OPPORTUNITY")).toList();
                List<FindingView> challenges = evaluation.findings().stream()
                        .filter(finding -> finding.kind().name().equals("CHALLENGE")).toList();
                for (int i = 0; i < Math.max(opportunities.size(), challenges.size()); i++) {
                    out.append("| ").append(i < opportunities.size() ? cell(opportunities.get(i).statement()) : "")
                            .append(" | ").append(i < challenges.size() ? cell(challenges.get(i).statement()) : "")
                            .append(" |\n");
                }
                evaluation.findings().stream().filter(finding -> finding.kind().name().equals("INSIGHT"))
                        .forEach(finding -> out.append("\nInsight: ").append(finding.statement()).append("\n"));
                out.append("\n");
            }
        }

        out.append("## Recommendations\n\n");
        out.append(report.recommendations().total()).append(" recommendations: ")
                .append(counts(report.recommendations().byStatus())).append(".\n\n");
        out.append("| Recommendation | Owner | Due | Status |\n|---|---|---|---|\n");
        for (RecommendationView recommendation : report.recommendations().items()) {
            out.append("| ").append(cell(recommendation.text())).append(" | ")
                    .append(cell(recommendation.ownerOrganisation())).append(" | ")
                    .append(recommendation.dueDate() == null ? "" : recommendation.dueDate()).append(" | ")
                    .append(words(recommendation.status().name()))
                    .append(recommendation.overdue() ? " (overdue)" : "").append(" |\n");
        }
        out.append("\n## System impact\n\n");
        for (Map.Entry<ImpactMode, List<ImpactView>> mode : report.impacts().entrySet()) {
            if (mode.getValue().isEmpty()) {
                continue;
            }
            out.append("### ").append(modeTitle(mode.getKey())).append("\n\n");
            mode.getValue().forEach(impact -> out.append("- ").append(impact.description()).append("\n"));
            out.append("\n");
        }
        out.append("## Achievements\n\n");
        for (Map.Entry<String, List<AchievementView>> programme : report.achievements().entrySet()) {
            out.append("### ").append(cell(programme.getKey())).append("\n\n");
            programme.getValue().forEach(achievement -> out.append("- ").append(achievement.description())
                    .append(metric(achievement.metric())).append("\n"));
            out.append("\n");
        }
        out.append("## Next steps\n\n");
        report.nextSteps().forEach(step -> out.append("- [").append(step.done() ? "x" : " ").append("] ")
                .append(step.text()).append(step.dueDate() == null ? "" : " (due " + step.dueDate() + ")")
                .append("\n"));
        return out.toString();
    }

    static String modeTitle(ImpactMode mode) {
        return switch (mode) {
            case LEADING -> "Leading";
            case INFLUENCING -> "Influencing";
            case FACILITATING_ENABLING -> "Facilitating and enabling";
        };
    }

    static String indicatorName(AnnualReport.OutcomeRow row) {
        boolean persons = row.sex() == null || "Persons".equalsIgnoreCase(row.sex());
        return row.name() + (persons ? "" : ", " + row.sex());
    }

    /** "Over 8000 food maps distributed", for an achievement's metric; empty when it has none. */
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

    static String words(String constant) {
        if (constant == null) {
            return "";
        }
        String text = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String counts(Map<?, Long> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((key, count) -> {
            if (count != null && count > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(count).append(" ")
                        .append(words(key.toString()).toLowerCase(Locale.ROOT));
            }
        });
        return text.isEmpty() ? "none" : text.toString();
    }

    static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String value(Double value, String unit) {
        if (value == null) {
            return "";
        }
        return number(value) + (unit == null || unit.isBlank() ? "" : unit.equals("%") ? "%" : " " + cell(unit));
    }

    /** Text safe inside a table cell: no pipes or line breaks to break the row. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
