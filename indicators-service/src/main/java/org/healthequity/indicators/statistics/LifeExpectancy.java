package org.healthequity.indicators.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Life expectancy from an abridged life table (Chiang II), with Silcocks et al.'s variance, as England's life
 * expectancy calculator and PHEindicatormethods' {@code phe_life_expectancy} compute it. Twenty bands: 0, 1–4,
 * 5–9, …, 85–89, 90+; {@code aᵢ} is 0.1 at age 0 and 0.5 elsewhere; the open band's width is {@code 2/M}.
 *
 * <p>No value when the total population is 5 000 or less; a value is withheld (its limits kept) when its 95 %
 * interval is wider than 20 years.
 */
public final class LifeExpectancy implements StatisticalMethod<LifeExpectancy.Input> {

    public static final int[] START_AGES = { 0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80,
            85, 90 };
    static final double MINIMUM_POPULATION = 5000;
    static final double WIDEST_INTERVAL_YEARS = 20;
    private static final double RADIX = 100_000;

    public record Band(double deaths, double population) {
    }

    public record Input(List<Band> bands) {
    }

    /** Life expectancy at the start of one band. */
    public record AgeResult(int startAge, String ageBand, Estimate estimate) {
    }

    /** Life expectancy at birth. */
    @Override
    public Estimate estimate(Input input, double confidence) {
        return table(input, confidence).get(0).estimate();
    }

    /** Life expectancy at the start of every band. */
    public List<AgeResult> table(Input input, double confidence) {
        Distributions.requireConfidence(confidence);
        List<Band> bands = validate(input);
        int last = bands.size() - 1;
        String statistic = "life expectancy";
        String method = "Chiang, using Silcocks et al for confidence limits";

        double totalPopulation = bands.stream().mapToDouble(Band::population).sum();
        if (totalPopulation <= MINIMUM_POPULATION) {
            List<AgeResult> withheld = new ArrayList<>();
            for (int i = 0; i <= last; i++) {
                withheld.add(new AgeResult(START_AGES[i], ageBand(i), Estimate.withheld(confidence,
                        statistic + " at " + START_AGES[i], method, "total population is 5 000 or less")));
            }
            return withheld;
        }

        double[] rate = new double[last + 1];
        double[] width = new double[last + 1];
        double[] fraction = new double[last + 1];
        double[] dying = new double[last + 1];
        for (int i = 0; i <= last; i++) {
            Band band = bands.get(i);
            rate[i] = band.deaths() / band.population();
            fraction[i] = i == 0 ? 0.1 : 0.5;
            width[i] = i < last ? START_AGES[i + 1] - START_AGES[i] : 2 / rate[i];
            dying[i] = i < last ? width[i] * rate[i] / (1 + width[i] * (1 - fraction[i]) * rate[i]) : 1;
        }
        double[] alive = new double[last + 2];
        alive[0] = RADIX;
        for (int i = 0; i <= last; i++) {
            alive[i + 1] = alive[i] * (1 - dying[i]);
        }
        double[] lived = new double[last + 1];
        for (int i = 0; i < last; i++) {
            double deaths = alive[i] - alive[i + 1];
            lived[i] = width[i] * (alive[i + 1] + fraction[i] * deaths);
        }
        lived[last] = alive[last] / rate[last];
        double[] expectancy = new double[last + 1];
        double remaining = 0;
        for (int i = last; i >= 0; i--) {
            remaining += lived[i];
            expectancy[i] = remaining / alive[i];
        }

        // Silcocks: Σ lᵢ²[(1−aᵢ)nᵢ + eᵢ₊₁]² var(pᵢ) over closed bands, plus the open band's lw²/Mw⁴·var(Mw).
        double[] term = new double[last + 1];
        for (int i = 0; i < last; i++) {
            double deaths = bands.get(i).deaths();
            double variance = deaths > 0 ? dying[i] * dying[i] * (1 - dying[i]) / deaths : 0;
            double factor = (1 - fraction[i]) * width[i] + expectancy[i + 1];
            term[i] = alive[i] * alive[i] * factor * factor * variance;
        }
        Band open = bands.get(last);
        term[last] = alive[last] * alive[last] / Math.pow(rate[last], 4) * open.deaths()
                / (open.population() * open.population());

        double z = Distributions.z(confidence);
        double z95 = Distributions.z(0.95);
        List<AgeResult> results = new ArrayList<>();
        double tail = 0;
        double[] standardError = new double[last + 1];
        for (int i = last; i >= 0; i--) {
            tail += term[i];
            standardError[i] = Math.sqrt(tail) / alive[i];
        }
        for (int i = 0; i <= last; i++) {
            double lower = expectancy[i] - z * standardError[i];
            double upper = expectancy[i] + z * standardError[i];
            boolean tooWide = 2 * z95 * standardError[i] > WIDEST_INTERVAL_YEARS;
            results.add(new AgeResult(START_AGES[i], ageBand(i), new Estimate(tooWide ? null : expectancy[i],
                    lower, upper, confidence, statistic + " at " + START_AGES[i], method,
                    tooWide ? "95% confidence interval wider than 20 years" : null)));
        }
        return results;
    }

    public static String ageBand(int index) {
        if (index == START_AGES.length - 1) {
            return START_AGES[index] + "+";
        }
        if (index == 0) {
            return "0";
        }
        return START_AGES[index] + "-" + (START_AGES[index + 1] - 1);
    }

    private static List<Band> validate(Input input) {
        List<Band> bands = input.bands();
        if (bands == null || bands.size() != START_AGES.length) {
            throw new InvalidInputException("bands", "a life table needs exactly 20 age bands (0, 1-4, 5-9, …, "
                    + "85-89, 90+), not " + (bands == null ? 0 : bands.size()));
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (!(band.population() > 0)) {
                throw new InvalidInputException("bands[" + i + "].population", "the population of band "
                        + ageBand(i) + " must be above 0");
            }
            if (!(band.deaths() >= 0)) {
                throw new InvalidInputException("bands[" + i + "].deaths", "deaths must be zero or more");
            }
            if (band.deaths() > band.population()) {
                throw new InvalidInputException("bands[" + i + "].deaths", "band " + ageBand(i)
                        + " has more deaths than population");
            }
        }
        if (bands.get(bands.size() - 1).deaths() == 0) {
            throw new InvalidInputException("bands[19].deaths", "the 90+ band needs at least one death to close "
                    + "the life table");
        }
        return bands;
    }
}
