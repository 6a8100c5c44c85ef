package org.healthequity.evaluation.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.evaluation.repository.EvaluationStatus;
import org.healthequity.evaluation.repository.FindingKind;
import org.healthequity.evaluation.repository.ImpactMode;
import org.healthequity.evaluation.repository.MetricQualifier;
import org.healthequity.evaluation.repository.RecommendationStatus;
import org.healthequity.evaluation.repository.TimelineEntry;
import org.healthequity.testing.EmbeddedPostgresResource;

/** The report's templates on a report made here, with text that would break HTML or a Markdown table. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ReportTemplatesTest {

    private static final String HOSTILE = "<script>alert('x')</script> | a & \"b\"\nnext line";

    @Test
    void htmlEscapesEveryValueAndColoursEachComparison() {
        String html = ReportTemplates.page(report()).render();

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | a &amp; &quot;b&quot;")
                .contains("<td class=\"worse\" title=\"Worse\">Worse <span>(81.5)</span></td>")
                .contains("<td class=\"not-compared\"></td>")
                .contains("<td class=\"num\">77.25</td><td class=\"num\">76.1 – 78.4</td>")
                .contains("<td class=\"amber\">Amber</td>")
                .contains("<td class=\"red\">In progress (overdue)</td>")
                .contains("<h3>Facilitating and enabling</h3>")
                .contains("(over 8000 food maps distributed)")
                .contains("&#9745; Done step").contains("&#9744; Open step <span "
                + "class=\"meta\">(due 2025-03-31)</span>")
                .contains("<strong>Not available.</strong> workstreams-service did not answer")
                .contains("<td>July 2021</td><td><strong>Decision:</strong> Decision to &lt;explore&gt;</td>"
                        + "<td>The Board | x</td>");
        assertThat(html).as("a section with no records has no heading").doesNotContain("<h3>Leading</h3>");
    }

    @Test
    void markdownKeepsEveryTableRowOnOneLine() {
        String markdown = ReportTemplates.markdown(report()).render();

        assertThat(markdown).startsWith("# Annual progress report 2023/24\n\nArea: Luton (E06000032) · Year: ")
                .contains("| Indicator | Period | Value | Compared with England | Compared with East of England "
                        + "| Trend |\n|---|---|---|---|---|---|\n")
                .contains("| Life expectancy, Female | 2021 - 23 | 77.25 years | Worse (81.5) |  | Worse |\n")
                .contains("| <script>alert('x')</script> \\| a & \"b\" next line | lbc | 2024-03-31 | "
                        + "In progress (overdue) |\n")
                .contains("> Not available: workstreams-service did not answer")
                .contains("1. First aim\n2. Second aim\n")
                .contains("| July 2021 | **Decision:** Decision to <explore> | The Board \\| x |\n")
                .contains("| An opportunity | A challenge |\n|  | Another challenge |\n")
                .contains("- [x] Done step\n- [ ] Open step (due 2025-03-31)\n");
        for (String line : markdown.split("\n")) {
            if (line.startsWith("|")) {
                assertThat(line).as("a table row ends its own line").endsWith("|");
            }
        }
    }

    private static AnnualReport report() {
        AnnualReport.ComparisonCell england = new AnnualReport.ComparisonCell("E92000001", "England", 81.5,
                "WORSE_95", "Worse", ComparisonCategory.WORSE);
        AnnualReport.OutcomeRow row = new AnnualReport.OutcomeRow(1, "Life expectancy", "years", "Female", "All ages",
                "2021 - 23", 77.25, 76.1, 78.4, List.of(england), "Worse");
        AnnualReport.Outcomes outcomes = new AnnualReport.Outcomes(List.of("England", "East of England"),
                List.of(new AnnualReport.OutcomePrinciple(1, "Give every child the best start in life", List.of(row)),
                        new AnnualReport.OutcomePrinciple(7, "Principle with no measure", List.of())));
        FindingView opportunity = finding(FindingKind.OPPORTUNITY, "An opportunity");
        FindingView challenge = finding(FindingKind.CHALLENGE, "A challenge");
        FindingView another = finding(FindingKind.CHALLENGE, "Another challenge");
        AnnualReport.EvaluationSummary evaluation = new AnnualReport.EvaluationSummary(1, "Evaluation", "2023/24",
                EvaluationStatus.PUBLISHED, List.of("First aim", "Second aim"), List.of(opportunity, challenge,
                        another));
        RecommendationView recommendation = new RecommendationView(1, 1, HOSTILE, "lbc", LocalDate.of(2024, 3, 31),
                null, null, RecommendationStatus.IN_PROGRESS, null, null, List.of(), true, Instant.EPOCH, "t",
                Instant.EPOCH, "t");
        Map<ImpactMode, List<ImpactView>> impacts = new LinkedHashMap<>();
        impacts.put(ImpactMode.LEADING, List.of());
        impacts.put(ImpactMode.FACILITATING_ENABLING, List.of(new ImpactView(1, ImpactMode.FACILITATING_ENABLING,
                "Prize delivery", "2023/24", null, null, List.of(), List.of(7), Instant.EPOCH, "t", Instant.EPOCH,
                "t")));
        Map<String, List<AchievementView>> achievements = Map.of("Core20plus5", List.of(new AchievementView(1,
                "Core20plus5", "Food maps", "2023/24", new Metric(new BigDecimal("8000"), "food maps distributed",
                        MetricQualifier.MORE_THAN), Instant.EPOCH, "t", Instant.EPOCH, "t")));
        List<NextStepView> steps = List.of(
                new NextStepView(1, "Done step", "lbc", null, true, "2023/24", Instant.EPOCH, "t", Instant.EPOCH, "t"),
                new NextStepView(2, "Open step", "lbc", LocalDate.of(2025, 3, 31), false, "2023/24", Instant.EPOCH,
                        "t", Instant.EPOCH, "t"));
        AnnualReport.KpiLine kpi = new AnnualReport.KpiLine(7L, "Homes retrofitted", "homes", "2023/24",
                new BigDecimal("100.0"), new BigDecimal("80"), "AMBER", "v1");
        AnnualReport.WorkstreamSummary housing = new AnnualReport.WorkstreamSummary("housing", "Housing", "Chair",
                List.of(4, 5), true, null, "2023/24", "SIGNED_OFF", Map.of("IN_PROGRESS", 2L), Map.of(), 1L,
                List.of(kpi), null);
        AnnualReport.WorkstreamSummary netZero = new AnnualReport.WorkstreamSummary("net-zero", "Net Zero", "Chair",
                List.of(5, 8), false, "workstreams-service did not answer", null, null, null, null, null, null, null);
        return new AnnualReport("Annual progress report 2023/24", "2023/24", LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 3, 31), "E06000032", "Luton", Instant.EPOCH,
                new AnnualReport.OutcomesSection(true, "indicators-service", null, outcomes),
                new AnnualReport.WorkstreamsSection(true, "workstreams-service", null, List.of(housing, netZero)),
                List.of(evaluation), new AnnualReport.Recommendations(1, Map.of(RecommendationStatus.IN_PROGRESS, 1L),
                        List.of(recommendation)), impacts, achievements, steps,
                List.of(new TimelineView(1, TimelineEntry.Kind.DECISION, LocalDate.of(2021, 7, 1), null,
                        TimelineEntry.Precision.MONTH, "July 2021", "Decision to <explore>", null, "The Board | x",
                        null, null, Instant.EPOCH, "t")));
    }

    private static FindingView finding(FindingKind kind, String statement) {
        return new FindingView(1, 1, kind, "theme", statement, null, Instant.EPOCH, "t", Instant.EPOCH, "t");
    }
}
