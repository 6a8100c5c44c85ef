package org.healthequity.indicators.charts;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

import org.healthequity.common.problem.ApiException;

/**
 * Charts as SVG (by default) or PNG, drawn by JFreeChart (SVG through JFreeSVG, text kept as text so that screen
 * readers and search read the labels), at a size within bounds so that no request can ask for a huge image.
 */
public final class ChartImages {

    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";
    public static final int MIN_WIDTH = 300;
    public static final int MAX_WIDTH = 2400;
    public static final int MIN_HEIGHT = 200;
    public static final int MAX_HEIGHT = 4000;

    static {
        // Turned text is drawn as text, not as outlines of its glyphs: the SVG's axis labels stay readable and
        // searchable.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartImages() {
    }

    /** A size asked for, or the chart's own; out of bounds is a 400 naming the parameter. */
    public static int dimension(String parameter, Integer asked, int natural, int min, int max) {
        if (asked == null) {
            return Math.max(min, Math.min(max, natural));
        }
        if (asked < min || asked > max) {
            throw ApiException.badParameter(parameter, parameter + " is from " + min + " to " + max + " pixels");
        }
        return asked;
    }

    /** Whether PNG was asked for: {@code format=png} wins over {@code Accept}. */
    public static boolean wantsPng(HttpHeaders headers, String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "png" -> true;
                case "svg" -> false;
                default -> throw ApiException.badParameter("format", "format must be 'svg' or 'png'");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(SVG)) && !type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("image") && type.getSubtype().equals("png")) {
                return true;
            }
        }
        return false;
    }

    public static Response render(JFreeChart chart, int width, int height, boolean png) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(Color.WHITE);
        }
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (png) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ChartUtils.writeChartAsPNG(out, chart, width, height);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Response.ok(out.toByteArray(), PNG).build();
        }
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        chart.draw(svg, new Rectangle(width, height));
        return Response.ok(svg.getSVGDocument().getBytes(StandardCharsets.UTF_8), SVG + ";charset=UTF-8").build();
    }
}
