package org.healthequity.indicators.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.statistics.Polarity;

/** An indicator's spread across peer areas for one period, and where an asked-for area falls. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IndicatorDistribution")
public record PeerDistributionView(
        int indicatorId,
        String indicatorName,
        Polarity polarity,
        @Schema(description = "The peers' area type") AreaType areaType,
        @Schema(description = "The peers' ancestor, when not a group") AreaView parent,
        @Schema(description = "The area group the peers come from, when asked for") String group,
        @Schema(description = "The period shown: the one asked for, or the latest the peers have", examples = "2022")
        String period,
        String sex,
        String age,
        DistributionView distribution,
        @Schema(description = "The asked-for area") AreaPlace area) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DistributionPlace")
    public record AreaPlace(String code, String name, Double value,
            @Schema(description = "1 to 4 by ascending value: the first quartile whose upper bound holds the value")
            Integer quartile,
            @Schema(description = "Whether the area is one of the peers") boolean amongPeers) {
    }
}
