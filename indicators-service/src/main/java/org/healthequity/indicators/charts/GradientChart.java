package org.healthequity.indicators.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.MinMaxCategoryRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import org.healthequity.indicators.mapping.InequalityView;

/**
 * An inequality gradient: each category's value along the gradient (most to least deprived, youngest to oldest)
 * with its 95 % interval, coloured by its comparison with the area's overall value, the overall value as a line, and
 * the slope index of inequality where there is one.
 */
public final class GradientChart {

    private GradientChart() {
    }

    public static JFreeChart of(InequalityView view) {
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset limits = new DefaultCategoryDataset();
        String[] outcomes = { "Better than " + view.area().name() + " overall", "Similar", "Worse",
            "Higher or lower (no judgement)", "Not compared" };
        for (InequalityView.Category category : view.categories()) {
            if (category.value() == null || category.value().value() == null) {
                continue;
            }
            String label = category.label().length() > 40 ? category.label().substring(0, 39) + "…"
                    : category.label();
            int outcome = switch (category.comparedWithOverall() == null ? "" : category.comparedWithOverall()
                    .name()) {
                case "BETTER" -> 0;
                case "SIMILAR" -> 1;
                case "WORSE" -> 2;
                case "HIGHER", "LOWER" -> 3;
                default -> 4;
            };
            for (int i = 0; i < outcomes.length; i++) {
                values.addValue(i == outcome ? category.value().value() : null, outcomes[i], label);
            }
            if (category.value().lowerCi() != null && category.value().upperCi() != null) {
                limits.addValue(category.value().lowerCi(), "95% confidence interval", label);
                limits.addValue(category.value().upperCi(), "95% confidence interval (upper)", label);
            }
        }
        CategoryAxis along = new CategoryAxis(view.by() == null ? "Category"
                : "Category (" + view.by().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        along.setMaximumCategoryLabelWidthRatio(0.35f);
        String unit = view.indicator().unit();
        NumberAxis amount = new NumberAxis(unit == null || unit.isBlank() ? "Value" : "Value (" + unit + ")");
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(-4.0);
        Color[] colours = { ChartColours.BETTER, ChartColours.SIMILAR, ChartColours.WORSE,
            ChartColours.HIGHER_OR_LOWER, ChartColours.NOT_COMPARED };
        for (int i = 0; i < colours.length; i++) {
            bars.setSeriesPaint(i, colours[i]);
        }
        CategoryPlot plot = new CategoryPlot(values, along, amount, bars);
        // Categories down the side, as Fingertips shows a breakdown: long labels stay readable.
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        MinMaxCategoryRenderer intervals = new MinMaxCategoryRenderer();
        intervals.setDrawLines(false);
        intervals.setGroupPaint(Color.BLACK);
        intervals.setGroupStroke(new BasicStroke(1.5f));
        intervals.setSeriesPaint(0, Color.BLACK);
        intervals.setSeriesPaint(1, Color.BLACK);
        intervals.setSeriesVisibleInLegend(1, false);
        plot.setDataset(1, limits);
        plot.setRenderer(1, intervals);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (view.overall() != null && view.overall().value() != null) {
            ValueMarker overall = new ValueMarker(view.overall().value(), Color.BLACK, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 6f, 4f }, 0f));
            overall.setLabel(view.area().name() + " overall");
            plot.addRangeMarker(overall);
        }
        plot.setNoDataMessage("No category of this breakdown has a value");
        JFreeChart chart = new JFreeChart(view.indicator().name(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        StringBuilder subtitle = new StringBuilder(view.area().name()).append(", ").append(view.period());
        if (view.sii() != null) {
            subtitle.append(String.format(Locale.ROOT, " — slope index of inequality %.1f (95%% CI %.1f to %.1f)",
                    view.sii().sii().value(), view.sii().sii().lowerCi(), view.sii().sii().upperCi()));
        } else if (view.siiNote() != null) {
            subtitle.append(" — ").append(view.siiNote());
        }
        chart.addSubtitle(new TextTitle(subtitle.toString()));
        return chart;
    }
}
