package org.healthequity.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/principles", "/api/v1/principles/3", "/api/v1/observations",
            "/api/v1/areas/E06000032", "/api/v1/methods/life-expectancy", "/api/v1/a.b/c..d" })
    void ordinaryPathsAreSafe(String path) {
        assertThat(RequestTargets.isSafePath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/principles/../organisations", "/api/v1/principles/..", "/api/v1/./x",
            "/api/v1//x", "/api/v1/principles/..%2Forganisations", "/api/v1/%2E%2E/x", "/api/v1/x%5c..",
            "/api/v1/x\\..\\y", "/api/v1/x%00", "api/v1/no-leading-slash", "" })
    void pathsThatCouldMeanSomethingElseUpstreamAreUnsafe(String path) {
        assertThat(RequestTargets.isSafePath(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "q=a%00b", "q=%00", "q=x%00&page=1" })
    void queriesWithNulAreUnsafe(String query) {
        assertThat(RequestTargets.isSafeQuery(query)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "q=housing", "period=2022%2F23", "page=2&pageSize=50", "q=100%25" })
    void ordinaryQueriesAreSafe(String query) {
        assertThat(RequestTargets.isSafeQuery(query)).isTrue();
        assertThat(RequestTargets.isSafeQuery(null)).isTrue();
    }
}
