package org.healthequity.evaluation.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.healthequity.evaluation.repository.ImpactMode;

/**
 * The annual report as one self-contained, printable HTML page: outcome tables coloured the way public-health
 * outcome tables are (green better, amber similar, red worse than the comparator; blues for higher and lower where
 * the indicator has no polarity), KPI RAG cells, and the evaluation content.
 */
public final class ReportHtml {

    private static final String STYLE = """
            body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:2rem auto;max-width:70rem;padding:0 1rem;\
            line-height:1.4}
            h1{font-size:1.8rem;margin-bottom:.2rem}h2{border-bottom:2px solid #1d70b8;padding-bottom:.2rem;\
            margin-top:2rem}h3{margin-bottom:.4rem}
            .meta{color:#505a5f}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
            th,td{border:1px solid #b1b4b6;padding:.3rem .45rem;text-align:left;vertical-align:top}
            th{background:#f3f2f1}
            td.num{text-align:right;white-space:nowrap}
            .better,.green{background:#92d050}
            .similar,.amber{background:#ffc000}
            .worse,.red{background:#c00000;color:#fff}
            .higher{background:#bed2ff}.lower{background:#5555e6;color:#fff}
            .not-compared,.no-data{background:#fff;color:#505a5f}
            .unavailable{border-left:6px solid #d4351c;background:#fef7f7;padding:.6rem .8rem}
            .legend span{display:inline-block;padding:.1rem .5rem;margin-right:.3rem;border:1px solid #b1b4b6}
            ul.steps{list-style:none;padding-left:0}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}\
            tr{break-inside:avoid}.better,.similar,.worse,.higher,.lower,.green,.amber,.red\
            {-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    private ReportHtml() {
    }

    public static String render(AnnualReport report) {
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(escape(report.title())).append("</h1>\n<p class=\"meta\">")
                .append(escape(report.areaName() == null ? report.area() : report.areaName() + " (" + report.area()
                        + ")"))
                .append(" · ").append(report.from()).append(" to ").append(report.to()).append(" · composed ")
                .append(escape(report.generatedAt().toString())).append("</p>\n");
        outcomes(out, report.outcomes());
        workstreams(out, report.workstreams());
        evaluations(out, report.evaluations());
        recommendations(out, report.recommendations());
        impacts(out, report.impacts());
        achievements(out, report.achievements());
        out.append("<h2>Next steps</h2>\n<ul class=\"steps\">\n");
        report.nextSteps().forEach(step -> out.append("<li>").append(step.done() ? "&#9745; " : "&#9744; ")
                .append(escape(step.text())).append(step.dueDate() == null ? "" : " <span class=\"meta\">(due "
                        + step.dueDate() + ")</span>").append("</li>\n"));
        return out.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static void outcomes(StringBuilder out, AnnualReport.OutcomesSection section) {
        out.append("<h2>Outcome indicators</h2>\n");
        if (!section.available()) {
            unavailable(out, section.unavailableReason());
            return;
        }
        out.append("<p class=\"legend\">Compared with the benchmark: <span class=\"better\">Better</span>")
                .append("<span class=\"similar\">Similar</span><span class=\"worse\">Worse</span>")
                .append("<span class=\"higher\">Higher</span><span class=\"lower\">Lower</span>")
                .append("<span class=\"not-compared\">Not compared</span></p>\n");
        List<String> comparators = section.content().comparators();
        for (AnnualReport.OutcomePrinciple principle : section.content().principles()) {
            if (principle.indicators().isEmpty()) {
                continue;
            }
            out.append("<h3>").append(principle.id()).append(". ").append(escape(principle.title())).append("</h3>\n")
                    .append("<table>\n<thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Period</th>")
                    .append("<th scope=\"col\">Value</th><th scope=\"col\">95% CI</th>");
            comparators.forEach(name -> out.append("<th scope=\"col\">").append(escape(name)).append("</th>"));
            out.append("<th scope=\"col\">Trend</th></tr></thead>\n<tbody>\n");
            for (AnnualReport.OutcomeRow row : principle.indicators()) {
                out.append("<tr><td>").append(escape(ReportMarkdown.indicatorName(row)))
                        .append(row.unit() == null ? "" : " <span class=\"meta\">(" + escape(row.unit()) + ")</span>")
                        .append("</td><td>").append(escape(row.period())).append("</td><td class=\"num\">")
                        .append(ReportMarkdown.number(row.value())).append("</td><td class=\"num\">")
                        .append(row.lowerCi95() == null ? "" : ReportMarkdown.number(row.lowerCi95()) + " – "
                                + ReportMarkdown.number(row.upperCi95()))
                        .append("</td>");
                for (String name : comparators) {
                    AnnualReport.ComparisonCell comparison = row.comparisons().stream()
                            .filter(found -> name.equals(found.areaName())).findFirst().orElse(null);
                    if (comparison == null) {
                        out.append("<td class=\"not-compared\"></td>");
                        continue;
                    }
                    out.append("<td class=\"").append(cssClass(comparison.category())).append("\" title=\"")
                            .append(escape(comparison.label())).append("\">").append(escape(comparison.label()))
                            .append(comparison.value() == null ? "" : " <span>(" + ReportMarkdown.number(
                                    comparison.value()) + ")</span>").append("</td>");
                }
                out.append("<td>").append(escape(row.trend())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
    }

    private static void workstreams(StringBuilder out, AnnualReport.WorkstreamsSection section) {
        out.append("<h2>Workstreams</h2>\n");
        if (!section.available()) {
            unavailable(out, section.unavailableReason());
            return;
        }
        for (AnnualReport.WorkstreamSummary workstream : section.content()) {
            out.append("<h3>").append(escape(workstream.name())).append("</h3>\n<p>Chaired by ")
                    .append(escape(workstream.chairRole())).append(".");
            if (!workstream.available()) {
                out.append("</p>\n");
                unavailable(out, workstream.unavailableReason());
                continue;
            }
            if (workstream.workplanYear() != null) {
                out.append(" Workplan ").append(escape(workstream.workplanYear())).append(": ")
                        .append(escape(ReportMarkdown.words(workstream.workplanStatus()))).append(".");
            }
            out.append(" Actions: ").append(escape(ReportMarkdown.counts(workstream.actionsByStatus())))
                    .append("; overdue: ").append(workstream.overdueActions()).append(".</p>\n");
            if (!workstream.kpis().isEmpty()) {
                out.append("<table>\n<thead><tr><th scope=\"col\">KPI</th><th scope=\"col\">Period</th>")
                        .append("<th scope=\"col\">Target</th><th scope=\"col\">Actual</th><th scope=\"col\">RAG</th>")
                        .append("</tr></thead>\n<tbody>\n");
                for (AnnualReport.KpiLine kpi : workstream.kpis()) {
                    String rag = kpi.rag() == null ? "NO_DATA" : kpi.rag();
                    out.append("<tr><td>").append(escape(kpi.name())).append("</td><td>").append(escape(kpi.period()))
                            .append("</td><td class=\"num\">").append(ReportMarkdown.decimal(kpi.target()))
                            .append("</td><td class=\"num\">").append(ReportMarkdown.decimal(kpi.actual()))
                            .append("</td><td class=\"").append(rag.toLowerCase(Locale.ROOT).replace('_', '-'))
                            .append("\">").append(escape(ReportMarkdown.words(rag))).append("</td></tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            }
        }
    }

    private static void evaluations(StringBuilder out, List<AnnualReport.EvaluationSummary> evaluations) {
        if (evaluations.isEmpty()) {
            return;
        }
        out.append("<h2>Evaluation</h2>\n");
        for (AnnualReport.EvaluationSummary evaluation : evaluations) {
            out.append("<h3>").append(escape(evaluation.title())).append(" (").append(escape(evaluation.period()))
                    .append(")</h3>\n<ol>\n");
            evaluation.aims().forEach(aim -> out.append("<li>").append(escape(aim)).append("</li>\n"));
            out.append("</ol>\n<table>\n<thead><tr><th scope=\"col\">Opportunities</th>")
                    .append("<th scope=\"col\">Challenges</th></tr></thead>\n<tbody>\n");
            List<FindingView> opportunities = evaluation.findings().stream()
                    .filter(finding -> finding.kind().name().equals("OPPORTUNITY")).toList();
            List<FindingView> challenges = evaluation.findings().stream()
                    .filter(finding -> finding.kind().name().equals("CHALLENGE")).toList();
            for (int i = 0; i < Math.max(opportunities.size(), challenges.size()); i++) {
                out.append("<tr><td>").append(i < opportunities.size() ? escape(opportunities.get(i).statement()) : "")
                        .append("</td><td>").append(i < challenges.size() ? escape(challenges.get(i).statement()) : "")
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
            evaluation.findings().stream().filter(finding -> finding.kind().name().equals("INSIGHT"))
                    .forEach(finding -> out.append("<p>Insight: ").append(escape(finding.statement())).append("</p>\n"));
        }
    }

    private static void recommendations(StringBuilder out, AnnualReport.Recommendations recommendations) {
        out.append("<h2>Recommendations</h2>\n<p>").append(recommendations.total()).append(" recommendations: ")
                .append(escape(ReportMarkdown.counts(recommendations.byStatus()))).append(".</p>\n")
                .append("<table>\n<thead><tr><th scope=\"col\">Recommendation</th><th scope=\"col\">Owner</th>")
                .append("<th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
        for (RecommendationView recommendation : recommendations.items()) {
            out.append("<tr><td>").append(escape(recommendation.text())).append("</td><td>")
                    .append(escape(recommendation.ownerOrganisation())).append("</td><td>")
                    .append(recommendation.dueDate() == null ? "" : recommendation.dueDate()).append("</td><td")
                    .append(recommendation.overdue() ? " class=\"red\"" : "").append(">")
                    .append(escape(ReportMarkdown.words(recommendation.status().name())))
                    .append(recommendation.overdue() ? " (overdue)" : "").append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void impacts(StringBuilder out, Map<ImpactMode, List<ImpactView>> impacts) {
        out.append("<h2>System impact</h2>\n");
        impacts.forEach((mode, records) -> {
            if (records.isEmpty()) {
                return;
            }
            out.append("<h3>").append(ReportMarkdown.modeTitle(mode)).append("</h3>\n<ul>\n");
            records.forEach(impact -> out.append("<li>").append(escape(impact.description())).append("</li>\n"));
            out.append("</ul>\n");
        });
    }

    private static void achievements(StringBuilder out, Map<String, List<AchievementView>> achievements) {
        out.append("<h2>Achievements</h2>\n");
        achievements.forEach((programme, records) -> {
            out.append("<h3>").append(escape(programme)).append("</h3>\n<ul>\n");
            records.forEach(achievement -> out.append("<li>").append(escape(achievement.description()))
                    .append(escape(ReportMarkdown.metric(achievement.metric()))).append("</li>\n"));
            out.append("</ul>\n");
        });
    }

    private static void unavailable(StringBuilder out, String reason) {
        out.append("<p class=\"unavailable\" role=\"status\"><strong>Not available.</strong> ").append(escape(reason))
                .append("</p>\n");
    }

    private static String cssClass(ComparisonCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
