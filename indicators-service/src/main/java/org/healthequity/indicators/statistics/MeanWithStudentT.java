package org.healthequity.indicators.statistics;

import java.util.List;

/** A mean with Student's t limits: {@code mean ∓ t⁻¹(c+(1−c)/2; k−1)·sd/√k}. */
public final class MeanWithStudentT implements StatisticalMethod<MeanWithStudentT.Input> {

    public record Input(List<Double> values) {
    }

    @Override
    public Estimate estimate(Input input, double confidence) {
        Distributions.requireConfidence(confidence);
        List<Double> values = input.values();
        if (values == null || values.size() < 2) {
            throw new InvalidInputException("values", "a mean's interval needs at least 2 values");
        }
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            if (value == null || value.isNaN() || value.isInfinite()) {
                throw new InvalidInputException("values[" + i + "]", "every value must be a number");
            }
            sum += value;
        }
        int k = values.size();
        double mean = sum / k;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double standardDeviation = Math.sqrt(squares / (k - 1));
        double halfWidth = Distributions.studentTQuantile(confidence + (1 - confidence) / 2, k - 1.0)
                * standardDeviation / Math.sqrt(k);
        return new Estimate(mean, mean - halfWidth, mean + halfWidth, confidence, "mean",
                "Student's t-distribution", null);
    }
}
