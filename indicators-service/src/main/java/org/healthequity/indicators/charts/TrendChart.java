package org.healthequity.indicators.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import org.healthequity.indicators.mapping.ObservationView;

/**
 * An indicator's trend for an area: its value per period with the 95 % interval as a band, and each comparator's
 * value as a line, periods in time order along the bottom.
 */
public final class TrendChart {

    private TrendChart() {
    }

    /**
     * @param area the area's observations of one series (indicator, sex, age, no breakdown)
     * @param comparators each comparator's observations of the same series, by name
     */
    public static JFreeChart of(String indicatorName, String unit, String areaName, List<ObservationView> area,
            Map<String, List<ObservationView>> comparators, String series) {
        TreeMap<Integer, String> periods = new TreeMap<>();
        area.forEach(o -> periods.put(o.period().sortKey(), o.period().label()));
        comparators.values().forEach(list -> list.forEach(o -> periods.put(o.period().sortKey(), o.period().label())));
        List<Integer> order = new ArrayList<>(periods.keySet());

        YIntervalSeries values = new YIntervalSeries(areaName + " (band: 95% confidence interval)");
        for (ObservationView o : area) {
            if (o.value() != null) {
                double lower = o.lowerCi95() == null ? o.value() : o.lowerCi95();
                double upper = o.upperCi95() == null ? o.value() : o.upperCi95();
                values.add(order.indexOf(o.period().sortKey()), o.value(), lower, upper);
            }
        }
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(values);
        XYSeriesCollection lines = new XYSeriesCollection();
        Map<String, XYSeries> byName = new LinkedHashMap<>();
        comparators.forEach((name, list) -> {
            XYSeries line = new XYSeries(name);
            list.stream().filter(o -> o.value() != null)
                    .forEach(o -> line.add(order.indexOf(o.period().sortKey()), o.value()));
            byName.put(name, line);
            lines.addSeries(line);
        });

        SymbolAxis time = new SymbolAxis("Period", periods.values().toArray(new String[0]));
        time.setGridBandsVisible(false);
        NumberAxis amount = new NumberAxis(unit == null || unit.isBlank() ? "Value" : "Value (" + unit + ")");
        amount.setAutoRangeIncludesZero(false);
        DeviationRenderer areaRenderer = new DeviationRenderer(true, true);
        areaRenderer.setSeriesPaint(0, ChartColours.AREA);
        areaRenderer.setSeriesFillPaint(0, ChartColours.BAND);
        areaRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
        areaRenderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        XYPlot plot = new XYPlot(band, time, amount, areaRenderer);
        XYLineAndShapeRenderer comparatorRenderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < byName.size(); i++) {
            comparatorRenderer.setSeriesPaint(i, ChartColours.COMPARATORS[i % ChartColours.COMPARATORS.length]);
            comparatorRenderer.setSeriesStroke(i, new BasicStroke(1.5f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND, 1f, new float[] { 6f, 4f }, 0f));
        }
        plot.setDataset(1, lines);
        plot.setRenderer(1, comparatorRenderer);
        plot.setNoDataMessage("No published values of this indicator for " + areaName);
        JFreeChart chart = new JFreeChart(indicatorName, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle(areaName + " against " + (comparators.isEmpty() ? "no comparator"
                : String.join(", ", comparators.keySet())) + (series.isEmpty() ? "" : " — " + series)));
        return chart;
    }
}
