package org.healthequity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.healthequity.benchmarks.InequalitiesBenchmark;

/**
 * The short version of {@code benchmarks/inequalities.sh} that the build keeps, so that the benchmark keeps working:
 * 16,500 observations, a few seconds of wrk against pgbench and twenty SII calls on the suite's stack. Its figures
 * are printed, not judged (this machine runs the rest of the suite too); the full run's are in
 * indicators-service/README.md.
 */
@ExtendWith(StackExtension.class)
class InequalitiesBenchmarkIT {

    @Test
    void theInequalitiesBenchmarkRunsShort() throws Exception {
        InequalitiesBenchmark.Figures figures = InequalitiesBenchmark.run(StackExtension.config(),
                Path.of("target", "bench-inequalities-short"), InequalitiesBenchmark.Scale.SHORT);
        InequalitiesBenchmark.print(figures);
        assertThat(figures.observations()).isGreaterThanOrEqualTo(16_500);
        assertThat(figures.service().requestsPerSecond()).isPositive();
        assertThat(figures.pgbench().requestsPerSecond()).isPositive();
        assertThat(figures.service().p99Millis()).isGreaterThanOrEqualTo(figures.service().p50Millis());
        assertThat(figures.siiMedianMillis()).isGreaterThan(figures.fixedCostMillis());
    }
}
