package org.healthequity.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void eachTypeHasAStableUriAndItsStatus() {
        assertThat(ProblemType.PAYLOAD_TOO_LARGE.uri()).isEqualTo("urn:hes:problem:payload-too-large");
        assertThat(ProblemType.TOO_MANY_REQUESTS.status()).isEqualTo(429);
        assertThat(ProblemType.GATEWAY_TIMEOUT.title()).isEqualTo("Gateway timeout");
    }

    @Test
    void anUnlistedStatusFallsBackByClass() {
        assertThat(ProblemType.forStatus(422)).isEqualTo(ProblemType.VALIDATION_FAILED);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(ProblemType.forStatus(599)).isEqualTo(ProblemType.INTERNAL_ERROR);
    }
}
