package org.healthequity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.healthequity.benchmarks.ScorecardBenchmark;

/**
 * The short version of {@code benchmarks/scorecards.sh} that the build keeps, so that the benchmark keeps working:
 * 4,500 observations grown by 30,000 decile rows, a few seconds of wrk (uncached and 304) against pgbench of the
 * scorecard's SQL at each size on the suite's stack. Its figures are printed, not judged (this machine runs the rest
 * of the suite too); the full run's are in indicators-service/README.md.
 */
@ExtendWith(StackExtension.class)
class ScorecardBenchmarkIT {

    @Test
    void theScorecardBenchmarkRunsShort() throws Exception {
        ScorecardBenchmark.Figures figures = ScorecardBenchmark.run(StackExtension.config(),
                Path.of("target", "bench-scorecards-short"), ScorecardBenchmark.Scale.SHORT);
        ScorecardBenchmark.print(figures);
        assertThat(figures.large().observations() - figures.small().observations()).isEqualTo(30_000);
        for (ScorecardBenchmark.Size size : new ScorecardBenchmark.Size[] { figures.small(), figures.large() }) {
            assertThat(size.uncached().requestsPerSecond()).isPositive();
            assertThat(size.conditional().requestsPerSecond()).isPositive();
            assertThat(size.pgbench().requestsPerSecond()).isPositive();
        }
    }
}
