package org.healthequity.indicators.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import org.healthequity.indicators.mapping.DistributionView;
import org.healthequity.indicators.mapping.ScorecardView;
import org.healthequity.indicators.statistics.ComparisonOutcome;
import org.healthequity.indicators.statistics.Polarity;

/**
 * The scorecard as a spine chart, as Fingertips draws one: a row per indicator, England in the middle, the spread of
 * England's areas of the same type around it (lightest: worst to best; darker: the middle half), and the area's
 * value as a dot coloured by its comparison with England. Each row is scaled so that England sits at the centre and
 * the area furthest from England at an edge; where the indicator says which way is better, better is to the right.
 */
public final class SpineChart {

    static final String ENGLAND = "E92000001";
    private static final int ROW_HEIGHT = 26;

    private SpineChart() {
    }

    /** The chart, and the height its rows want. */
    public record Drawn(JFreeChart chart, int naturalHeight) {
    }

    public static Drawn of(ScorecardView scorecard) {
        Set<String> rows = new LinkedHashSet<>();
        List<double[]> spans = new ArrayList<>();
        DefaultCategoryDataset dots = new DefaultCategoryDataset();
        String area = scorecard.area().name();
        String[] outcomes = { area + ": better than England", area + ": similar", area + ": worse than England",
            area + ": higher or lower (no judgement)", area + ": not compared" };
        for (ScorecardView.PrincipleRows principle : scorecard.principles()) {
            for (ScorecardView.Row row : principle.indicators()) {
                if (row.periods().isEmpty()) {
                    continue;
                }
                ScorecardView.PeriodEntry latest = row.periods().stream()
                        .max(Comparator.comparingInt(entry -> entry.period().sortKey())).orElseThrow();
                DistributionView spread = latest.distribution();
                Double england = latest.comparisons().stream().filter(c -> ENGLAND.equals(c.areaCode()))
                        .map(ScorecardView.Comparison::value).filter(v -> v != null).findFirst().orElse(null);
                if (latest.value() == null || england == null || spread == null || spread.min() == null
                        || spread.q1() == null || spread.q3() == null || spread.max() == null) {
                    continue;
                }
                Scale scale = new Scale(england, spread, latest.value(), row.polarity());
                String label = label(row, latest.period().label(), rows);
                rows.add(label);
                spans.add(new double[] { scale.at(spread.min()), scale.at(spread.max()), scale.at(spread.q1()),
                    scale.at(spread.q3()) });
                ComparisonOutcome outcome = latest.comparisons().stream()
                        .filter(c -> ENGLAND.equals(c.areaCode())).map(ScorecardView.Comparison::computed)
                        .findFirst().orElse(null);
                for (String series : outcomes) {
                    dots.addValue(null, series, label);
                }
                dots.setValue(scale.at(latest.value()), outcomes[index(outcome)], label);
            }
        }
        List<String> keys = List.copyOf(rows);
        Number[][] starts = new Number[2][keys.size()];
        Number[][] ends = new Number[2][keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            double[] span = spans.get(i);
            starts[0][i] = Math.min(span[0], span[1]);
            ends[0][i] = Math.max(span[0], span[1]);
            starts[1][i] = Math.min(span[2], span[3]);
            ends[1][i] = Math.max(span[2], span[3]);
        }
        DefaultIntervalCategoryDataset spreads = new DefaultIntervalCategoryDataset(
                new Comparable<?>[] { "Worst to best of England's areas", "Middle half (25th to 75th percentile)" },
                keys.toArray(new Comparable<?>[0]), starts, ends);

        CategoryAxis indicators = new CategoryAxis("Indicator (latest period)");
        indicators.setMaximumCategoryLabelWidthRatio(0.45f);
        indicators.setCategoryMargin(0.25);
        NumberAxis scaleAxis = new NumberAxis("Worse ← England (centre line) → Better");
        scaleAxis.setRange(0, 1);
        scaleAxis.setTickLabelsVisible(false);
        scaleAxis.setTickMarksVisible(false);
        IntervalBarRenderer bars = new IntervalBarRenderer();
        bars.setSeriesPaint(0, ChartColours.RANGE);
        bars.setSeriesPaint(1, ChartColours.QUARTILES);
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(-1.0);
        CategoryPlot plot = new CategoryPlot(spreads, indicators, scaleAxis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        LineAndShapeRenderer markers = new LineAndShapeRenderer(false, true);
        Color[] colours = { ChartColours.BETTER, ChartColours.SIMILAR, ChartColours.WORSE,
            ChartColours.HIGHER_OR_LOWER, ChartColours.NOT_COMPARED };
        for (int i = 0; i < colours.length; i++) {
            markers.setSeriesPaint(i, colours[i]);
            markers.setSeriesShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
            markers.setSeriesOutlinePaint(i, Color.BLACK);
        }
        markers.setUseOutlinePaint(true);
        markers.setDrawOutlines(true);
        plot.setDataset(1, dots);
        plot.setRenderer(1, markers);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ValueMarker centre = new ValueMarker(0.5, Color.BLACK, new BasicStroke(1.5f));
        centre.setLabel("England");
        centre.setLabelAnchor(RectangleAnchor.TOP);
        centre.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
        plot.addRangeMarker(centre);
        plot.setNoDataMessage("No indicator of " + area + " has a value, England's value and the spread of "
                + "England's areas for its latest period");
        JFreeChart chart = new JFreeChart("Spine chart: " + area, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(new TextTitle("Each indicator's latest period, against England and England's areas of "
                + "the same type (period " + scorecard.period() + ")"));
        return new Drawn(chart, 200 + ROW_HEIGHT * Math.max(keys.size(), 4));
    }

    private static int index(ComparisonOutcome outcome) {
        if (outcome == null) {
            return 4;
        }
        return switch (outcome) {
            case BETTER -> 0;
            case SIMILAR -> 1;
            case WORSE -> 2;
            case HIGHER, LOWER -> 3;
            default -> 4;
        };
    }

    /** The row's name: the indicator, its sex and age where they are not the whole population, its period. */
    private static String label(ScorecardView.Row row, String period, Set<String> taken) {
        String name = row.name().length() > 70 ? row.name().substring(0, 69) + "…" : row.name();
        StringBuilder label = new StringBuilder(name);
        if (row.sex() != null && !row.sex().equals("Persons")) {
            label.append(", ").append(row.sex());
        }
        if (row.age() != null && !row.age().equals("All ages")) {
            label.append(", ").append(row.age());
        }
        label.append(" (").append(period).append(')');
        String unique = label.toString();
        for (int n = 2; taken.contains(unique); n++) {
            unique = label + " #" + n;
        }
        return unique;
    }

    /** Fingertips' spine scaling: England at 0.5, the furthest of the area, minimum and maximum at an edge. */
    private record Scale(double england, double half, boolean flip) {

        Scale(double england, DistributionView spread, double value, Polarity polarity) {
            this(england, Math.max(1e-12, Math.max(Math.max(Math.abs(spread.max() - england),
                    Math.abs(england - spread.min())), Math.abs(value - england))), polarity == Polarity.LOW_IS_GOOD);
        }

        double at(double x) {
            double offset = (x - england) / (2 * half);
            return 0.5 + (flip ? -offset : offset);
        }
    }
}
