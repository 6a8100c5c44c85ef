package org.healthequity.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/principles", "/api/v1/principles/3", "/api/v1/observations",
            "/api/v1/areas/E06000032", "/api/v1/methods/life-expectancy", "/api/v1/a.b/c..d" })
    void ordinaryPathsAreSafe(String path) {
        assertThat(RouteTable.isSafe(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/principles/../organisations", "/api/v1/principles/..", "/api/v1/./x",
            "/api/v1//x", "/api/v1/principles/..%2Forganisations", "/api/v1/%2E%2E/x", "/api/v1/x%5c..",
            "/api/v1/x\\..\\y", "/api/v1/x%00", "api/v1/no-leading-slash", "" })
    void pathsThatCouldMeanSomethingElseUpstreamAreUnsafe(String path) {
        assertThat(RouteTable.isSafe(path)).isFalse();
    }
}
