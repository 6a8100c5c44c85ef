package org.healthequity.indicators.statistics;

import java.util.List;

/**
 * A directly standardised rate with Dobson's limits, as PHEindicatormethods' {@code calculate_dsr}:
 * {@code DSR = Σ(xᵢwᵢ/nᵢ)/Σw}, {@code var = Σ xᵢ(wᵢ/nᵢ)²/(Σw)²}, limits {@code DSR + √(var/O)·(Byar(O) − O)}, all
 * times the multiplier. A missing count is 0. Below 10 events in total the value and limits are suppressed.
 *
 * <p>When the events are not independent (one person admitted several times), each band may give how many people
 * had 1, 2, 3… events; the variance then uses {@code Σ j²·persons(j)} in place of the count.
 */
public final class DirectlyStandardisedRate implements StatisticalMethod<DirectlyStandardisedRate.Input> {

    public static final double SUPPRESS_BELOW = 10;

    public record EventFrequency(int events, double persons) {
    }

    public record Band(Double count, double population, Double standardPopulation,
            List<EventFrequency> eventFrequencies) {

        public Band(Double count, double population) {
            this(count, population, null, null);
        }
    }

    public record Input(List<Band> bands, StandardPopulation standardPopulation, double multiplier) {
    }

    @Override
    public Estimate estimate(Input input, double confidence) {
        Distributions.requireConfidence(confidence);
        List<Band> bands = input.bands();
        if (bands == null || bands.isEmpty()) {
            throw new InvalidInputException("bands", "at least one age band is needed");
        }
        if (!(input.multiplier() > 0)) {
            throw new InvalidInputException("multiplier", "multiplier must be more than zero, such as 100000");
        }
        List<Double> weights = weights(input);
        boolean independent = bands.stream().allMatch(band -> band.eventFrequencies() == null);
        String method = independent ? "Dobson" : "Dobson, with confidence adjusted for non-independent events";
        String statistic = "dsr per " + WilsonProportion.format(input.multiplier());

        double observed = 0;
        double weightSum = 0;
        double weightedRates = 0;
        double variance = 0;
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            double count = count(band, i);
            if (!(band.population() > 0)) {
                throw new InvalidInputException("bands[" + i + "].population", "every band needs a population above 0");
            }
            double w = weights.get(i);
            double ratio = w / band.population();
            observed += count;
            weightSum += w;
            weightedRates += count * ratio;
            variance += (independent ? count : sumOfSquaredEvents(band, i)) * ratio * ratio;
        }
        if (!(weightSum > 0)) {
            throw new InvalidInputException("bands", "the standard population weights sum to zero");
        }
        if (observed < SUPPRESS_BELOW) {
            return Estimate.withheld(confidence, statistic, method, "total count < 10");
        }
        double dsr = weightedRates / weightSum;
        double spread = Math.sqrt(variance / (weightSum * weightSum) / observed);
        double lower = dsr + spread * (CountLimits.byarLower(observed, confidence) - observed);
        double upper = dsr + spread * (CountLimits.byarUpper(observed, confidence) - observed);
        return new Estimate(dsr, lower, upper, confidence, statistic, method, null)
                .scaled(input.multiplier());
    }

    private static List<Double> weights(Input input) {
        List<Band> bands = input.bands();
        boolean given = bands.stream().allMatch(band -> band.standardPopulation() != null);
        boolean someGiven = bands.stream().anyMatch(band -> band.standardPopulation() != null);
        if (someGiven && !given) {
            throw new InvalidInputException("bands", "give standardPopulation on every band or on none");
        }
        if (given) {
            for (int i = 0; i < bands.size(); i++) {
                if (!(bands.get(i).standardPopulation() >= 0)) {
                    throw new InvalidInputException("bands[" + i + "].standardPopulation",
                            "standard population weights must be zero or more");
                }
            }
            return bands.stream().map(Band::standardPopulation).toList();
        }
        StandardPopulation standard = input.standardPopulation() == null ? StandardPopulation.ESP2013
                : input.standardPopulation();
        if (standard == StandardPopulation.CUSTOM) {
            throw new InvalidInputException("standardPopulation", "a CUSTOM standard needs standardPopulation on "
                    + "every band");
        }
        if (bands.size() != standard.weights().size()) {
            throw new InvalidInputException("bands", standard + " has " + standard.weights().size()
                    + " age bands (0–4 … 90+), not " + bands.size());
        }
        return standard.weights();
    }

    private static double count(Band band, int index) {
        Double count = band.count();
        if (band.eventFrequencies() != null) {
            double events = 0;
            for (EventFrequency frequency : band.eventFrequencies()) {
                if (frequency.events() < 1 || !(frequency.persons() >= 0)) {
                    throw new InvalidInputException("bands[" + index + "].eventFrequencies",
                            "each frequency needs events of 1 or more and persons of 0 or more");
                }
                events += frequency.events() * frequency.persons();
            }
            if (count != null && Math.abs(count - events) > 1e-9) {
                throw new InvalidInputException("bands[" + index + "].count", "count " + count
                        + " differs from the events the frequencies add up to (" + events + ")");
            }
            return events;
        }
        if (count == null) {
            return 0;
        }
        if (!(count >= 0)) {
            throw new InvalidInputException("bands[" + index + "].count", "counts must be zero or more");
        }
        return count;
    }

    private static double sumOfSquaredEvents(Band band, int index) {
        if (band.eventFrequencies() == null) {
            throw new InvalidInputException("bands[" + index + "].eventFrequencies",
                    "give event frequencies on every band or on none");
        }
        double sum = 0;
        for (EventFrequency frequency : band.eventFrequencies()) {
            sum += (double) frequency.events() * frequency.events() * frequency.persons();
        }
        return sum;
    }
}
