package org.healthequity.indicators.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recent trend of a series, as Fingertips assesses it: the 5 most recent points of the unbroken run of valid
 * annual points that ends at the latest; a chi-squared test for trend for proportions (direction from the slope of
 * the logit), weighted least squares on the 95 % intervals otherwise; significant when χ² exceeds 9.5495 (99.8 %,
 * 1 degree of freedom) and every leave-one-out refit agrees on the direction.
 */
public final class RecentTrend {

    public static final int POINTS = 5;
    public static final double CRITICAL_CHI_SQUARED = 9.5495;

    public enum Trend {
        INCREASING,
        DECREASING,
        NO_SIGNIFICANT_CHANGE,
        CANNOT_BE_CALCULATED
    }

    /**
     * One point of the series.
     *
     * @param year the first calendar year of the period, which orders the points and finds gaps
     * @param annual whether the period is a single year (calendar, financial or academic)
     */
    public record Point(int year, boolean annual, Double value, Double count, Double denominator, Double lower95,
            Double upper95) {
    }

    public record Result(Trend trend, String label, String reason, Double chiSquared, Double slope,
            List<Integer> yearsUsed) {

        static Result cannot(String reason) {
            return new Result(Trend.CANNOT_BE_CALCULATED, "Cannot be calculated", reason, null, null, List.of());
        }
    }

    private RecentTrend() {
    }

    public static Result assess(ValueType valueType, Polarity polarity, List<Point> points) {
        if (points == null || points.isEmpty()) {
            return Result.cannot("no data points");
        }
        if (points.stream().anyMatch(point -> !point.annual())) {
            return Result.cannot("recent trends are calculated for annual, single-year periods only");
        }
        Set<Integer> years = new HashSet<>();
        for (Point point : points) {
            if (!years.add(point.year())) {
                return Result.cannot("the series has two points for the period starting " + point.year());
            }
        }
        boolean proportion = valueType == ValueType.PROPORTION;
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(Point::year));

        List<Point> run = new ArrayList<>();
        String brokenBecause = null;
        for (int i = sorted.size() - 1; i >= 0 && run.size() < POINTS; i--) {
            Point point = sorted.get(i);
            String invalid = invalidBecause(point, proportion);
            if (invalid != null) {
                brokenBecause = invalid + " in the period starting " + point.year();
                break;
            }
            if (!run.isEmpty() && run.get(0).year() != point.year() + 1) {
                brokenBecause = "a gap before the period starting " + run.get(0).year();
                break;
            }
            run.add(0, point);
        }
        if (run.size() < POINTS) {
            return Result.cannot("fewer than 5 consecutive valid points" + (brokenBecause == null ? ""
                    : " (" + brokenBecause + ")"));
        }
        List<Integer> used = run.stream().map(Point::year).toList();
        double chiSquared;
        double slope;
        List<Double> slopes = new ArrayList<>();
        if (proportion) {
            chiSquared = chiSquaredForTrend(run);
            slope = logitSlope(run);
            for (int leftOut = 0; leftOut < run.size(); leftOut++) {
                slopes.add(logitSlope(without(run, leftOut)));
            }
        } else {
            double[] fit = weightedFit(run);
            slope = fit[0];
            chiSquared = fit[0] * fit[0] / fit[1];
            for (int leftOut = 0; leftOut < run.size(); leftOut++) {
                slopes.add(weightedFit(without(run, leftOut))[0]);
            }
        }
        boolean robust = slope != 0 && slopes.stream().allMatch(other -> Math.signum(other) == Math.signum(slope));
        if (!(chiSquared > CRITICAL_CHI_SQUARED) || !robust) {
            return new Result(Trend.NO_SIGNIFICANT_CHANGE, "No significant change",
                    chiSquared > CRITICAL_CHI_SQUARED ? "the direction changes when one point is left out" : null,
                    chiSquared, slope, used);
        }
        Trend trend = slope > 0 ? Trend.INCREASING : Trend.DECREASING;
        return new Result(trend, label(trend, polarity), null, chiSquared, slope, used);
    }

    static String label(Trend trend, Polarity polarity) {
        String direction = trend == Trend.INCREASING ? "Increasing" : "Decreasing";
        if (polarity == Polarity.HIGH_IS_GOOD) {
            return direction + (trend == Trend.INCREASING ? " and getting better" : " and getting worse");
        }
        if (polarity == Polarity.LOW_IS_GOOD) {
            return direction + (trend == Trend.INCREASING ? " and getting worse" : " and getting better");
        }
        return direction;
    }

    private static String invalidBecause(Point point, boolean proportion) {
        if (point.value() == null) {
            return "no value";
        }
        if (proportion) {
            if (point.count() == null || point.denominator() == null) {
                return "no numerator or denominator";
            }
            if (!(point.denominator() > 0) || point.count() < 0) {
                return "an impossible numerator or denominator";
            }
            if (point.count().equals(point.denominator())) {
                return "a count equal to its denominator";
            }
            if (point.count() == 0) {
                return "a count of zero";
            }
            return null;
        }
        if (point.lower95() == null || point.upper95() == null) {
            return "no 95% confidence interval";
        }
        if (!(point.upper95() > point.lower95())) {
            return "a 95% confidence interval of no width";
        }
        return null;
    }

    /** {@code χ² = D·(D·Σcₜt − C·Σdₜt)² / (C·(D−C)·(D·Σdₜt² − (Σdₜt)²))} with t = 1…5. */
    private static double chiSquaredForTrend(List<Point> run) {
        double bigD = 0;
        double bigC = 0;
        double sumCt = 0;
        double sumDt = 0;
        double sumDt2 = 0;
        for (int i = 0; i < run.size(); i++) {
            int t = i + 1;
            double c = run.get(i).count();
            double d = run.get(i).denominator();
            bigD += d;
            bigC += c;
            sumCt += c * t;
            sumDt += d * t;
            sumDt2 += d * t * t;
        }
        double numerator = bigD * Math.pow(bigD * sumCt - bigC * sumDt, 2);
        double denominator = bigC * (bigD - bigC) * (bigD * sumDt2 - sumDt * sumDt);
        return numerator / denominator;
    }

    /** Least-squares slope of logit(c/d) on the points' positions in the five-year run. */
    private static double logitSlope(List<Point> points) {
        double[] t = new double[points.size()];
        double[] y = new double[points.size()];
        int first = points.get(0).year();
        for (int i = 0; i < points.size(); i++) {
            double p = points.get(i).count() / points.get(i).denominator();
            t[i] = points.get(i).year() - first + 1;
            y[i] = Math.log(p / (1 - p));
        }
        double meanT = 0;
        double meanY = 0;
        for (int i = 0; i < t.length; i++) {
            meanT += t[i] / t.length;
            meanY += y[i] / t.length;
        }
        double covariance = 0;
        double varianceT = 0;
        for (int i = 0; i < t.length; i++) {
            covariance += (t[i] - meanT) * (y[i] - meanY);
            varianceT += (t[i] - meanT) * (t[i] - meanT);
        }
        return covariance / varianceT;
    }

    /**
     * Weighted least squares with {@code σₜ = (upperₜ − lowerₜ)/3.92}, {@code w = 1/σ²}: the slope
     * {@code β = (Σw·Σwyt − Σwt·Σwy)/(Σw·Σwt² − (Σwt)²)} and its variance {@code Σw/(Σw·Σwt² − (Σwt)²)}.
     */
    private static double[] weightedFit(List<Point> points) {
        double sumW = 0;
        double sumWt = 0;
        double sumWt2 = 0;
        double sumWy = 0;
        double sumWyt = 0;
        int first = points.get(0).year();
        for (Point point : points) {
            double sigma = (point.upper95() - point.lower95()) / 3.92;
            double w = 1 / (sigma * sigma);
            double t = point.year() - first + 1;
            double y = point.value();
            sumW += w;
            sumWt += w * t;
            sumWt2 += w * t * t;
            sumWy += w * y;
            sumWyt += w * y * t;
        }
        double determinant = sumW * sumWt2 - sumWt * sumWt;
        return new double[] { (sumW * sumWyt - sumWt * sumWy) / determinant, sumW / determinant };
    }

    private static List<Point> without(List<Point> points, int index) {
        List<Point> copy = new ArrayList<>(points);
        copy.remove(index);
        return copy;
    }
}
