package org.healthequity.indicators.statistics;

/**
 * One of England's public-health statistical methods: a pure function from validated input and a confidence level
 * to an {@link Estimate}. Implementations throw {@link InvalidInputException} for input the method cannot use.
 *
 * @param <I> the method's input
 */
public interface StatisticalMethod<I> {

    Estimate estimate(I input, double confidence);
}
