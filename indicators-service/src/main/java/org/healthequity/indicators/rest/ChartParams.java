package org.healthequity.indicators.rest;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import org.healthequity.common.http.QueryParams;
import org.healthequity.indicators.charts.ChartImages;

/**
 * The size and format every chart takes: {@code width}, {@code height} (within bounds) and {@code format}. Read as
 * text, so that {@code width=abc} is a 400 naming it rather than the 404 JAX-RS would give.
 */
public class ChartParams {

    @RestQuery
    @Parameter(description = "Pixels, 300 to 2400; the chart's own width by default",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "300", maximum = "2400"))
    public String width;

    @RestQuery
    @Parameter(description = "Pixels, 200 to 4000; the chart's own height by default",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "200", maximum = "4000"))
    public String height;

    @RestQuery
    @Parameter(description = "svg (the default) or png; overrides Accept")
    public String format;

    int width(int natural) {
        return ChartImages.dimension("width", QueryParams.integer("width", width), natural, ChartImages.MIN_WIDTH,
                ChartImages.MAX_WIDTH);
    }

    int height(int natural) {
        return ChartImages.dimension("height", QueryParams.integer("height", height), natural,
                ChartImages.MIN_HEIGHT, ChartImages.MAX_HEIGHT);
    }

    boolean png(HttpHeaders headers) {
        return ChartImages.wantsPng(headers, format);
    }
}
