package org.healthequity.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.healthequity.e2e.client.evaluation.api.ReportsApi;
import org.healthequity.e2e.client.evaluation.model.AnnualReport;
import org.healthequity.e2e.client.indicators.ApiException;
import org.healthequity.e2e.client.indicators.api.ScorecardsApi;
import org.healthequity.e2e.client.indicators.model.Scorecard;
import org.healthequity.e2e.client.indicators.model.ScorecardRow;
import org.healthequity.e2e.client.workstreams.ApiResponse;
import org.healthequity.e2e.client.workstreams.api.ActionsApi;
import org.healthequity.e2e.client.workstreams.api.KpisApi;
import org.healthequity.e2e.client.workstreams.model.Action;
import org.healthequity.e2e.client.workstreams.model.ActionPage;
import org.healthequity.e2e.client.workstreams.model.ActualRequest;
import org.healthequity.e2e.client.workstreams.model.ActualStatus;
import org.healthequity.e2e.client.workstreams.model.Kpi;
import org.healthequity.e2e.client.workstreams.model.KpiActual;
import org.healthequity.e2e.client.workstreams.model.PageKpiView;
import org.healthequity.e2e.client.workstreams.model.ReviewRequest;

/**
 * A partner organisation's integration, written as a partner would write it: with Java clients generated from the
 * three contracts at build time (openapi-generator), through the gateway with tokens from Keycloak. Any response the
 * generated code cannot read fails here.
 */
@ExtendWith(StackExtension.class)
class PartnerJourneyIT {

    @Test
    void aPartnerReadsTheScorecardReportsAnActualPagesThroughItsActionsAndReadsTheAnnualReport() throws Exception {
        // The public scorecard: every principle's indicators with Luton's values and England's comparison.
        ScorecardsApi scorecards = new ScorecardsApi(GeneratedIndicatorsClient.as(null));
        var read = scorecards
                .scorecardResourceGetWithHttpInfo("E06000032", "E92000001", null, null, null, null);
        Scorecard scorecard = read.getData();
        List<ScorecardRow> rows = scorecard.getPrinciples().stream()
                .flatMap(principle -> principle.getIndicators().stream()).toList();
        assertThat(scorecard.getArea().getCode()).isEqualTo("E06000032");
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getIndicatorId()).isNotNull());
        // A scheduled refresh with nothing changed: the generated client sends the ETag back and gets a 304.
        String scorecardTag = read.getHeaders().get("ETag").get(0);
        ApiException notModified = catchThrowableOfType(ApiException.class, () -> scorecards
                .scorecardResourceGet("E06000032", "E92000001", null, null, scorecardTag, null));
        assertThat(notModified.getCode()).isEqualTo(304);

        // The partner's KPI: an actual reported, then approved by an admin with If-Match from its ETag.
        var partner = GeneratedWorkstreamsClient.as("partner-elft");
        KpisApi partnerKpis = new KpisApi(partner);
        PageKpiView owned = partnerKpis.kpiResourceList("elft", null, null, null, null, null);
        assertThat(owned.getItems()).isNotEmpty();
        Kpi kpi = owned.getItems().get(0);
        ApiResponse<KpiActual> submitted = partnerKpis.kpiResourceSubmitActualWithHttpInfo(kpi.getId(),
                new ActualRequest().period("2019/20").value(BigDecimal.valueOf(12)));
        assertThat(submitted.getStatusCode()).isEqualTo(201);
        String etag = submitted.getHeaders().get("ETag").get(0);
        assertThat(submitted.getData().getStatus()).isEqualTo(ActualStatus.SUBMITTED);

        KpiActual approved = new KpisApi(GeneratedWorkstreamsClient.as("admin")).kpiResourceReview(
                submitted.getData().getId(), kpi.getId(),
                new ReviewRequest().decision(ActualStatus.APPROVED).note("Checked against the programme's register"),
                etag);
        assertThat(approved.getStatus()).isEqualTo(ActualStatus.APPROVED);

        // Every one of the partner's actions, a page at a time, by the next links the server gives.
        ActionsApi actions = new ActionsApi(partner);
        List<Action> seen = new ArrayList<>();
        Integer page = 1;
        long total = -1;
        while (page != null) {
            // The generated client takes the query parameters in name order: activity, answering, answers,
            // format, organisation, overdue, page, pageSize, rag, status, updatedSince, workplan, workstream.
            ActionPage current = actions.actionResourceList(null, null, null, null, "elft", null, page, 2, null,
                    null, null, null, null, null, null);
            total = current.getPage().getTotalItems();
            seen.addAll(current.getItems());
            String next = current.getLinks() == null ? null : current.getLinks().getNext();
            page = next == null ? null : Integer.valueOf(queryValue(next, "page"));
        }
        assertThat(seen).hasSize((int) total).isNotEmpty()
                .allSatisfy(action -> assertThat(action.getOwnerOrganisation()).isEqualTo("elft"));

        // The year's annual report, as the newsletter's author reads it.
        AnnualReport report = new ReportsApi(GeneratedEvaluationClient.as("viewer"))
                .reportResourceAnnual("2023-24", "json", null, null);
        assertThat(report.getYear()).isEqualTo("2023/24");
        assertThat(report.getOutcomes()).isNotNull();
    }

    private static String queryValue(String link, String name) {
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
