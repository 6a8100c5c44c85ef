package org.healthequity.indicators.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The slope and relative index of inequality, as PHEindicatormethods' {@code phe_sii}: quantiles ordered from most
 * to least deprived are placed at the midpoints of their share of the population (relative rank {@code b}); the
 * weighted regression {@code y·√a = β₀·√a + β₁·b·√a}, with {@code a} a quantile's share of the population, gives the
 * SII {@code β₁} (the fitted difference between rank 1 and rank 0) and the RII {@code (β₀ + β₁)/β₀}.
 *
 * <p>The limits come from a simulation: each repetition draws every quantile's value from a normal distribution
 * around its value with its standard error (on the log scale for rates and the logit scale for proportions, where
 * the standard error is taken from the limits, then transformed back), fits the same regression, and the limits
 * are the repetitions' percentiles at the package's positions ({@code round(reps·(1−c)/2)} and
 * {@code round(reps·(1+c)/2)}). The generator is seeded, so the same request gives the same answer.
 *
 * <p>With {@code transform}, rates and proportions are regressed on the log or logit scale, and the SII and RII
 * compare the fitted values at ranks 1 and 0 transformed back; the limits then need the values' limits.
 */
public final class SlopeIndexOfInequality {

    public static final int MIN_QUANTILES = 5;
    public static final int MAX_QUANTILES = 100;
    public static final int MIN_REPETITIONS = 1000;
    public static final int MAX_REPETITIONS = 1_000_000;
    public static final int DEFAULT_REPETITIONS = 100_000;
    /** The standard error from 95 % limits, as the package does whatever confidence is asked of the SII. */
    private static final double Z_95 = 1.959963984540054;
    private static final long SEED = 20_040_388L;

    public enum Kind {
        VALUE,
        RATE,
        PROPORTION
    }

    public record Quantile(Integer quantile, Double population, Double value, Double lowerCi, Double upperCi,
            Double standardError, Double count) {
    }

    public record Input(Kind kind, List<Quantile> quantiles, double confidence, double multiplier, boolean transform,
            boolean rii, boolean intercept, int repetitions) {
    }

    public record Interval(double value, double lowerCi, double upperCi, double confidence) {
    }

    /** {@code rii} and {@code intercept} are null unless asked for. */
    public record Result(Interval sii, Interval rii, Double intercept) {
    }

    private SlopeIndexOfInequality() {
    }

    public static Result calculate(Input input) {
        Kind kind = input.kind() == null ? Kind.VALUE : input.kind();
        double confidence = input.confidence();
        if (!(confidence >= 0.9 && confidence < 1)) {
            throw new InvalidInputException("confidence", "confidence must be at least 0.9 and below 1");
        }
        if (!(input.multiplier() != 0 && Double.isFinite(input.multiplier()))) {
            throw new InvalidInputException("multiplier", "the multiplier must be a number other than zero");
        }
        if (input.repetitions() < MIN_REPETITIONS || input.repetitions() > MAX_REPETITIONS) {
            throw new InvalidInputException("repetitions", "repetitions must be between " + MIN_REPETITIONS
                    + " and " + MAX_REPETITIONS);
        }
        boolean transform = input.transform() && kind != Kind.VALUE;
        List<Prepared> rows = prepare(input.quantiles(), kind, transform);
        int n = rows.size();
        double totalPopulation = 0;
        for (Prepared row : rows) {
            totalPopulation += row.population;
        }
        double[] sqrtA = new double[n];
        double[] bSqrtA = new double[n];
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            double share = rows.get(i).population / totalPopulation;
            double rank = cumulative + share / 2;
            cumulative += share;
            sqrtA[i] = Math.sqrt(share);
            bSqrtA[i] = rank * sqrtA[i];
        }
        Regression regression = new Regression(sqrtA, bSqrtA);

        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = sqrtA[i] * (transform ? rows.get(i).scaleValue : rows.get(i).value);
        }
        double[] fit = regression.fit(y);
        double multiplier = input.multiplier();
        Estimates point = estimates(fit[0], fit[1], kind, transform);

        int repetitions = input.repetitions();
        double[] siiDraws = new double[repetitions];
        double[] riiDraws = input.rii() ? new double[repetitions] : null;
        double[] scaleValues = new double[n];
        double[] scaleErrors = new double[n];
        for (int i = 0; i < n; i++) {
            scaleValues[i] = rows.get(i).scaleValue;
            scaleErrors[i] = rows.get(i).scaleError;
        }
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(SEED);
        // The hot loop of every SII: no allocation, and the fit's sums taken as the values are drawn.
        for (int r = 0; r < repetitions; r++) {
            double t1 = 0;
            double t2 = 0;
            for (int i = 0; i < n; i++) {
                double onScale = scaleValues[i] + scaleErrors[i] * random.nextGaussian();
                double drawn = sqrtA[i] * (transform ? onScale : back(onScale, kind));
                t1 += sqrtA[i] * drawn;
                t2 += bSqrtA[i] * drawn;
            }
            double beta0 = regression.intercept(t1, t2);
            double beta1 = regression.slope(t1, t2);
            double atZero = transform ? back(beta0, kind) : beta0;
            double atOne = transform ? back(beta0 + beta1, kind) : beta0 + beta1;
            siiDraws[r] = multiplier * (transform ? atOne - atZero : beta1);
            if (riiDraws != null) {
                riiDraws[r] = multiplier < 0 ? atZero / atOne : atOne / atZero;
            }
        }
        double upperConfidence = confidence + (1 - confidence) / 2;
        int lowerPosition = (int) Math.max(1, Math.rint(repetitions * (1 - upperConfidence)));
        int upperPosition = (int) Math.min(repetitions, Math.rint(repetitions * upperConfidence));
        Interval sii = new Interval(multiplier * point.sii, OrderStatistic.select(siiDraws, lowerPosition - 1),
                OrderStatistic.select(siiDraws, upperPosition - 1), confidence);
        Interval rii = null;
        if (riiDraws != null) {
            rii = new Interval(multiplier < 0 ? 1 / point.rii : point.rii,
                    OrderStatistic.select(riiDraws, lowerPosition - 1),
                    OrderStatistic.select(riiDraws, upperPosition - 1), confidence);
        }
        Double intercept = input.intercept() ? Math.abs(multiplier) * point.intercept : null;
        return new Result(sii, rii, intercept);
    }

    /** One quantile with its value and standard error on the scale the simulation draws on. */
    private record Prepared(double population, double value, double scaleValue, double scaleError) {
    }

    private record Estimates(double sii, double rii, double intercept) {
    }

    /** SII, RII and the fitted value at rank 0, on the values' own scale (as the simulation computes them). */
    private static Estimates estimates(double beta0, double beta1, Kind kind, boolean transform) {
        if (!transform) {
            return new Estimates(beta1, (beta0 + beta1) / beta0, beta0);
        }
        double atZero = back(beta0, kind);
        double atOne = back(beta0 + beta1, kind);
        return new Estimates(atOne - atZero, atOne / atZero, atZero);
    }

    private static List<Prepared> prepare(List<Quantile> quantiles, Kind kind, boolean transform) {
        if (quantiles == null || quantiles.size() < MIN_QUANTILES || quantiles.size() > MAX_QUANTILES) {
            throw new InvalidInputException("quantiles", "between " + MIN_QUANTILES + " and " + MAX_QUANTILES
                    + " quantiles are needed");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < quantiles.size(); i++) {
            if (quantiles.get(i) == null || quantiles.get(i).quantile() == null) {
                throw new InvalidInputException("quantiles[" + i + "].quantile", "every quantile needs its number "
                        + "(1 for the most deprived)");
            }
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> quantiles.get(i).quantile()));
        List<Prepared> rows = new ArrayList<>();
        Integer previous = null;
        for (int i : order) {
            Quantile quantile = quantiles.get(i);
            String field = "quantiles[" + i + "]";
            if (quantile.quantile().equals(previous)) {
                throw new InvalidInputException(field + ".quantile", "quantile " + quantile.quantile()
                        + " is given twice");
            }
            previous = quantile.quantile();
            rows.add(prepare(quantile, field, kind, transform));
        }
        return rows;
    }

    private static Prepared prepare(Quantile quantile, String field, Kind kind, boolean transform) {
        Double population = quantile.population();
        if (population == null || !(population > 0) || !Double.isFinite(population)) {
            throw new InvalidInputException(field + ".population", "quantile " + quantile.quantile()
                    + " needs a population above zero");
        }
        Double value = quantile.value();
        if (value == null && kind == Kind.PROPORTION && quantile.count() != null) {
            if (!(quantile.count() > 0) || quantile.count() > population) {
                throw new InvalidInputException(field + ".count", "quantile " + quantile.quantile()
                        + " needs a count above zero and at most its population");
            }
            value = quantile.count() / population;
        }
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidInputException(field + ".value", "quantile " + quantile.quantile() + " has no value"
                    + (kind == Kind.PROPORTION ? " (nor a count to make one from)" : ""));
        }
        Double lower = quantile.lowerCi();
        Double upper = quantile.upperCi();
        boolean limits = lower != null && upper != null;
        if (kind == Kind.PROPORTION) {
            requireProportion(value, field + ".value", quantile);
            if (limits) {
                requireProportion(lower, field + ".lowerCi", quantile);
                requireProportion(upper, field + ".upperCi", quantile);
            }
        }
        if (kind == Kind.RATE && !(value > 0)) {
            throw new InvalidInputException(field + ".value", "quantile " + quantile.quantile()
                    + ": a rate must be above zero to take its logarithm");
        }
        if (transform && !limits) {
            throw new InvalidInputException(field + ".lowerCi", "quantile " + quantile.quantile()
                    + ": transforming needs the lower and upper limits, not a standard error");
        }
        double scaleValue = scale(value, kind);
        double scaleError;
        if (quantile.standardError() != null && !transform) {
            scaleError = quantile.standardError();
            if (!(scaleError >= 0) || !Double.isFinite(scaleError)) {
                throw new InvalidInputException(field + ".standardError", "quantile " + quantile.quantile()
                        + ": the standard error must be zero or more");
            }
        } else if (limits) {
            if (!(lower <= upper) || kind == Kind.RATE && !(lower > 0)) {
                throw new InvalidInputException(field + ".lowerCi", "quantile " + quantile.quantile()
                        + ": the lower limit must be " + (kind == Kind.RATE ? "above zero and " : "")
                        + "at most the upper one");
            }
            scaleError = (scale(upper, kind) - scale(lower, kind)) / Z_95 / 2;
            if (!Double.isFinite(scaleError)) {
                throw new InvalidInputException(field + ".lowerCi", "quantile " + quantile.quantile()
                        + ": limits of exactly 0 or 1 have no logit; give a standard error instead");
            }
        } else {
            throw new InvalidInputException(field + ".standardError", "quantile " + quantile.quantile()
                    + " needs its lower and upper limits or its standard error");
        }
        return new Prepared(population, value, scaleValue, scaleError);
    }

    private static void requireProportion(double value, String field, Quantile quantile) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidInputException(field, "quantile " + quantile.quantile()
                    + ": a proportion and its limits must lie between 0 and 1");
        }
    }

    /** The scale the simulation draws on: log for rates, logit for proportions. */
    private static double scale(double value, Kind kind) {
        return switch (kind) {
            case RATE -> Math.log(value);
            case PROPORTION -> Math.log(value / (1 - value));
            case VALUE -> value;
        };
    }

    private static double back(double onScale, Kind kind) {
        return switch (kind) {
            case RATE -> Math.exp(onScale);
            case PROPORTION -> 1 / (1 + Math.exp(-onScale));
            case VALUE -> onScale;
        };
    }

    /** Least squares through the origin on the two columns √a and b·√a, solved once for every fit. */
    private static final class Regression {

        private final double[] sqrtA;
        private final double[] bSqrtA;
        private final double s11;
        private final double s12;
        private final double s22;
        private final double determinant;

        Regression(double[] sqrtA, double[] bSqrtA) {
            this.sqrtA = sqrtA;
            this.bSqrtA = bSqrtA;
            double sum11 = 0;
            double sum12 = 0;
            double sum22 = 0;
            for (int i = 0; i < sqrtA.length; i++) {
                sum11 += sqrtA[i] * sqrtA[i];
                sum12 += sqrtA[i] * bSqrtA[i];
                sum22 += bSqrtA[i] * bSqrtA[i];
            }
            s11 = sum11;
            s12 = sum12;
            s22 = sum22;
            determinant = s11 * s22 - s12 * s12;
        }

        /** {β₀, β₁} for the weighted values {@code y}. */
        double[] fit(double[] y) {
            double t1 = 0;
            double t2 = 0;
            for (int i = 0; i < y.length; i++) {
                t1 += sqrtA[i] * y[i];
                t2 += bSqrtA[i] * y[i];
            }
            return new double[] { intercept(t1, t2), slope(t1, t2) };
        }

        /** β₀ from the sums Σ√a·y ({@code t1}) and Σb·√a·y ({@code t2}). */
        double intercept(double t1, double t2) {
            return (s22 * t1 - s12 * t2) / determinant;
        }

        /** β₁ from the same sums. */
        double slope(double t1, double t2) {
            return (s11 * t2 - s12 * t1) / determinant;
        }
    }
}
