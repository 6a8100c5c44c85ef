package org.healthequity.indicators.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.healthequity.common.http.QueryParams;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.csv.CsvResponses;
import org.healthequity.indicators.mapping.ChangeView;
import org.healthequity.indicators.mapping.ScorecardCsv;
import org.healthequity.indicators.mapping.ScorecardView;
import org.healthequity.indicators.service.ChangeService;
import org.healthequity.indicators.service.ScorecardService;

@Path("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "An area's outcome table per Marmot principle")
@PermitAll
public class ScorecardResource {

    private final ScorecardService scorecards;
    private final ChangeService changes;

    ScorecardResource(ScorecardService scorecards, ChangeService changes) {
        this.scorecards = scorecards;
        this.changes = changes;
    }

    @GET
    @Path("/{areaCode}/change")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Is it the programme? Change since a baseline against comparators", description = "Open "
            + "data. For each of the area's indicators (overall values): the change from its baseline, its last period "
            + "ending before the baseline day (2022-09-01 by default, when Luton's work as a Marmot town began), to "
            + "its latest period, with a 95% interval, beside the change over the same two periods in England and the "
            + "region (or the comparators given, area groups among them), and a plain statement such as 'Improved "
            + "faster than England', 'No different from England' or 'Cannot be said' where a value has no interval. "
            + "422 when the baseline is after the latest period of every indicator shown.")
    @APIResponse(responseCode = "200", description = "Each indicator's change and its comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeView.class)))
    public ChangeView change(@RestPath @Parameter(example = "E06000032") String areaCode,
            @RestQuery @Parameter(description = "Each indicator's baseline is its last period ending before this day",
                    example = "2022-09-01", schema = @Schema(type = SchemaType.STRING, format = "date",
                            maxLength = 10)) String baseline,
            @RestQuery @Parameter(description = "Comparator area codes and area groups (group:<id>), "
                    + "comma-separated, at most 10; England and the area's region by default",
                    example = "E92000001,E12000006") String comparators,
            @RestQuery @Parameter(description = "Only this indicator's series", example = "90366",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,9}$")) String indicator) {
        Integer indicatorId = null;
        if (indicator != null && !indicator.isBlank()) {
            if (!indicator.trim().matches("[0-9]{1,9}")) {
                throw ApiException.badParameter("indicator", "indicator is an indicator id, such as 90366");
            }
            indicatorId = Integer.valueOf(indicator.trim());
        }
        return changes.build(areaCode, baseline, QueryParams.commaSeparated(comparators), indicatorId);
    }

    @GET
    @Path("/{areaCode}")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @APIResponse(responseCode = "200", description = "The area's outcome table, or the same as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScorecardView.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "An area's outcome table", description = "Open data. Per principle and indicator, the latest "
            + "two periods (or the given period and the one before), the area's value and intervals, each "
            + "comparator's value, the comparison computed by the indicator's method beside the one the source "
            + "reported, and the recent trend. Also as text/csv.")
    public Response get(@RestPath @Parameter(example = "E06000032") String areaCode,
            @RestQuery @Parameter(description = "latest (default) or a period label", example = "latest") String period,
            @RestQuery @Parameter(description = "Comparator area codes and area groups (group:<id>), "
                    + "comma-separated, at most 10; England and the area's region by default. A group is compared "
                    + "by its members' summed counts (or their median) and by the area's quintile among them",
                    example = "E92000001,E12000006") String comparators,
            @RestQuery @Parameter(description = "json or csv; overrides Accept") String format,
            @Context HttpHeaders headers) {
        List<String> codes = QueryParams.commaSeparated(comparators);
        ScorecardView scorecard = scorecards.build(areaCode, period, codes);
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.stream("scorecard-" + areaCode + ".csv",
                    csv -> ScorecardCsv.rows(scorecard).forEach(csv::row));
        }
        return Response.ok(scorecard, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
