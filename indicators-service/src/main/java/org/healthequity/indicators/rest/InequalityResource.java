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
import org.healthequity.common.csv.CsvResponses;
import org.healthequity.indicators.mapping.InequalityCsv;
import org.healthequity.indicators.mapping.InequalityView;
import org.healthequity.indicators.service.InequalityService;

@Path("/api/v1/inequalities")
@Tag(name = "Inequalities", description = "Who within a place is worse off: breakdowns along the social gradient")
@PermitAll
public class InequalityResource {

    private final InequalityService inequalities;

    InequalityResource(InequalityService inequalities) {
        this.inequalities = inequalities;
    }

    @GET
    @Path("/{areaCode}")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @APIResponse(responseCode = "200", description = "The breakdown, or the same as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InequalityView.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "An indicator's value for an area, broken down", description = "Open data (published "
            + "values). Each category's value and 95 % interval, compared with the area's overall value by the "
            + "indicator's method and polarity, along the gradient (most to least deprived; youngest to oldest; "
            + "ethnic groups and child areas worst first), with the range between categories and, for deprivation "
            + "breakdowns of 5 or more categories with populations, the slope and relative index of inequality. "
            + "Without a period, the latest that has this breakdown. Also as text/csv.")
    public Response get(@RestPath @Parameter(example = "E06000032") String areaCode,
            @RestQuery @Parameter(description = "Indicator id", required = true, example = "90366") Integer indicator,
            @RestQuery @Parameter(description = "A period label; the latest with this breakdown by default",
                    example = "2022") String period,
            @RestQuery @Parameter(description = "sex, age, deprivation (the default), ethnicity or ward",
                    schema = @Schema(enumeration = { "sex", "age", "deprivation", "ethnicity", "ward" }))
            String by,
            @RestQuery @Parameter(description = "Area codes and area groups (group:<id>) to compare each category "
                    + "with, comma-separated, at most 10: the comparator's value for the same category and period "
                    + "(a group's: its members' summed counts, or their median)", example = "E92000001")
            String comparators,
            @RestQuery @Parameter(description = "json or csv; overrides Accept") String format,
            @Context HttpHeaders headers) {
        List<String> codes = QueryParams.commaSeparated(comparators);
        InequalityView view = inequalities.build(areaCode, indicator, period, by, codes);
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.stream("inequalities-" + areaCode + "-" + view.indicator().id() + ".csv",
                    csv -> InequalityCsv.rows(view).forEach(csv::row));
        }
        return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
