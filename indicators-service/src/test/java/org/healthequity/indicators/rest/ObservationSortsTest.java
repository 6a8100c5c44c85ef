package org.healthequity.indicators.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.healthequity.common.problem.ApiException;

/** The contract's pattern for {@code sort} accepts what the server reads, and refuses what it refuses. */
class ObservationSortsTest {

    @Test
    void thePatternAndTheParserAgree() {
        for (String accepted : List.of("id", "-period", "-period,area", "indicator,area,period,-value",
                "updated,-id")) {
            assertThat(accepted).matches(ObservationSorts.PATTERN);
            assertThat(ObservationSorts.of(accepted)).isNotNull();
        }
        for (String refused : List.of("name", "period,,area", "id,area,period,value,updated", "-", "period area")) {
            assertThat(refused).doesNotMatch(ObservationSorts.PATTERN);
            assertThatThrownBy(() -> ObservationSorts.of(refused)).isInstanceOf(ApiException.class);
        }
    }
}
