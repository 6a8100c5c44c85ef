package org.healthequity.indicators.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.healthequity.indicators.charts.ChartImages;
import org.healthequity.indicators.charts.SpineChart;
import org.healthequity.indicators.service.ChartService;

@Path("/api/v1/charts")
@Produces({ ChartImages.SVG, ChartImages.PNG })
@Tag(name = "Charts", description = "Pictures of the open data: spine charts, trends and inequality gradients")
@PermitAll
public class ChartResource {


    private final ChartService charts;

    ChartResource(ChartService charts) {
        this.charts = charts;
    }

    @GET
    @Path("/spine/{areaCode}")
    @APIResponse(responseCode = "200", description = "The spine chart", content = {
            @Content(mediaType = ChartImages.SVG, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ChartImages.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @Operation(summary = "An area's spine chart", description = "Open data. The scorecard as Fingertips draws it: "
            + "a row per indicator (its latest period), England at the centre, the spread of England's areas of the "
            + "same type (worst to best, and the middle half), and the area's value coloured by its comparison with "
            + "England; better to the right where the indicator has a polarity. Rows without England's value or a "
            + "spread are left out; with none, the chart says so.")
    public Response spine(@RestPath @Parameter(example = "E06000032") String areaCode,
            @RestQuery @Parameter(description = "latest (default) or a period label") String period,
            @BeanParam ChartParams size, @Context HttpHeaders headers) {
        boolean png = size.png(headers);
        int width = size.width(1000);
        size.height(ChartImages.MIN_HEIGHT); // a height out of bounds is refused before anything is built
        SpineChart.Drawn drawn = charts.spine(areaCode, period);
        return ChartImages.render(drawn.chart(), width, size.height(drawn.naturalHeight()), png);
    }

    @GET
    @Path("/trend/{areaCode}")
    @APIResponse(responseCode = "200", description = "The trend chart", content = {
            @Content(mediaType = ChartImages.SVG, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ChartImages.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @Operation(summary = "An indicator's trend for an area", description = "Open data. The area's published value "
            + "per period with its 95 % interval as a band, and each comparator's value as a line (England and the "
            + "area's region unless comparators are named). An indicator without values for the area gives a "
            + "chart that says so.")
    public Response trend(@RestPath @Parameter(example = "E06000032") String areaCode,
            @RestQuery @Parameter(description = "Indicator id", required = true, example = "90366") Integer indicator,
            @RestQuery @Parameter(description = "Area codes to draw beside the area, comma-separated, at most "
                    + ChartService.MAX_COMPARATORS, example = "E92000001,E12000006") String comparators,
            @BeanParam ChartParams size, @Context HttpHeaders headers) {
        boolean png = size.png(headers);
        int w = size.width(900);
        int h = size.height(500);
        List<String> codes = QueryParams.commaSeparated(comparators);
        return ChartImages.render(charts.trend(areaCode, indicator, codes), w, h, png);
    }

    @GET
    @Path("/inequalities/{areaCode}")
    @APIResponse(responseCode = "200", description = "The gradient chart", content = {
            @Content(mediaType = ChartImages.SVG, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ChartImages.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @Operation(summary = "An inequality gradient", description = "Open data. The breakdown of /inequalities as "
            + "a picture: each category's value along the gradient with its 95 % interval, coloured by its "
            + "comparison with the area's overall value, the overall value as a line, and the slope index of "
            + "inequality where there is one.")
    public Response gradient(@RestPath @Parameter(example = "E06000032") String areaCode,
            @RestQuery @Parameter(description = "Indicator id", required = true, example = "90366") Integer indicator,
            @RestQuery @Parameter(description = "A period label; the latest with this breakdown by default")
            String period,
            @RestQuery @Parameter(description = "sex, age, deprivation (the default), ethnicity or ward",
                    schema = @Schema(enumeration = { "sex", "age", "deprivation", "ethnicity", "ward" })) String by,
            @BeanParam ChartParams size, @Context HttpHeaders headers) {
        boolean png = size.png(headers);
        int w = size.width(900);
        int h = size.height(550);
        return ChartImages.render(charts.gradient(areaCode, indicator, period, by), w, h, png);
    }
}
