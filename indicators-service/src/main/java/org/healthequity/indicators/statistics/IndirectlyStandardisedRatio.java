package org.healthequity.indicators.statistics;

import java.util.List;

/**
 * Indirect standardisation, as PHEindicatormethods' {@code calculate_ISRatio} and {@code calculate_ISRate}: the
 * expected count {@code E = Σ(refxᵢ/refnᵢ)·nᵢ}; the ratio {@code O/E} (times 1 or 100) or the rate
 * {@code O/E·(Σrefx/Σrefn)} (times the multiplier); limits are the observed count's limits (exact below 10, Byar's
 * from 10) scaled the same way.
 */
public final class IndirectlyStandardisedRatio implements StatisticalMethod<IndirectlyStandardisedRatio.Input> {

    public enum Kind {
        RATIO,
        RATE
    }

    public record Band(Double count, double population, double referenceCount, double referencePopulation) {
    }

    /**
     * @param observed the total observed count, when the bands do not carry local counts
     * @param multiplier 1 or 100 for a ratio; per 100 000 (say) for a rate
     */
    public record Input(List<Band> bands, Double observed, Kind kind, double multiplier) {
    }

    @Override
    public Estimate estimate(Input input, double confidence) {
        Distributions.requireConfidence(confidence);
        List<Band> bands = input.bands();
        if (bands == null || bands.isEmpty()) {
            throw new InvalidInputException("bands", "at least one age band is needed");
        }
        if (!(input.multiplier() > 0)) {
            throw new InvalidInputException("multiplier", "multiplier must be more than zero");
        }
        Kind kind = input.kind() == null ? Kind.RATIO : input.kind();
        double expected = 0;
        double referenceCount = 0;
        double referencePopulation = 0;
        double summedCounts = 0;
        boolean anyCount = false;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (!(band.population() >= 0)) {
                throw new InvalidInputException("bands[" + i + "].population", "populations must be zero or more");
            }
            if (!(band.referencePopulation() > 0)) {
                throw new InvalidInputException("bands[" + i + "].referencePopulation",
                        "every band needs a reference population above 0");
            }
            if (!(band.referenceCount() >= 0)) {
                throw new InvalidInputException("bands[" + i + "].referenceCount",
                        "reference counts must be zero or more");
            }
            // A band without a count had no events, as for DSR (PHE's convention).
            if (band.count() != null) {
                if (!(band.count() >= 0)) {
                    throw new InvalidInputException("bands[" + i + "].count", "counts must be zero or more");
                }
                anyCount = true;
                summedCounts += band.count();
            }
            expected += band.referenceCount() / band.referencePopulation() * band.population();
            referenceCount += band.referenceCount();
            referencePopulation += band.referencePopulation();
        }
        double observed;
        if (input.observed() != null) {
            if (!(input.observed() >= 0)) {
                throw new InvalidInputException("observed", "the observed count must be zero or more");
            }
            observed = input.observed();
        } else if (anyCount) {
            observed = summedCounts;
        } else {
            throw new InvalidInputException("observed", "give the bands' counts (a missing one is 0) or the total "
                    + "observed count");
        }
        if (!(expected > 0)) {
            throw new InvalidInputException("bands", "the expected count is zero: the reference rates are all zero");
        }
        double[] limits = CountLimits.limits(observed, confidence);
        double scale = kind == Kind.RATIO ? input.multiplier() / expected
                : referenceCount / referencePopulation * input.multiplier() / expected;
        String statistic = kind == Kind.RATIO
                ? "indirectly standardised ratio x " + WilsonProportion.format(input.multiplier())
                : "indirectly standardised rate per " + WilsonProportion.format(input.multiplier());
        return new Estimate(observed * scale, limits[0] * scale, limits[1] * scale, confidence, statistic,
                observed < CountLimits.EXACT_BELOW ? "Exact" : "Byars", null);
    }
}
