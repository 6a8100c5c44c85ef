package org.healthequity.indicators.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.statistics.PeerDistribution;

/** The five numbers of a spine chart or box plot, and how many areas they come from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PeerDistribution", description = "Peer areas' values: minimum, quartiles and maximum as FingertipsNext "
        + "computes them (NTILE(4) of the values in ascending order; Q1, median and Q3 the largest value of the "
        + "first three groups); only the count below 4 areas")
public record DistributionView(@Schema(examples = "153") int count, Double min, Double q1, Double median, Double q3,
        Double max) {

    public static DistributionView of(PeerDistribution distribution) {
        return new DistributionView(distribution.count(), distribution.min(), distribution.q1(),
                distribution.median(), distribution.q3(), distribution.max());
    }
}
