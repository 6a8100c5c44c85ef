package org.healthequity.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wrk, the HTTP load generator of the benchmarks: two threads, a fixed number of connections, latency percentiles. */
public final class Wrk {

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    /** Throughput and latency of one run. */
    public record Result(double requestsPerSecond, double p50Millis, double p99Millis) {

        static Result mean(List<Result> results) {
            return new Result(results.stream().mapToDouble(Result::requestsPerSecond).average().orElse(0),
                    results.stream().mapToDouble(Result::p50Millis).average().orElse(0),
                    results.stream().mapToDouble(Result::p99Millis).average().orElse(0));
        }
    }

    private Wrk() {
    }

    /** GETs {@code url} for {@code seconds}; any answer but 2xx/3xx fails the benchmark. */
    static Result run(String url, int connections, int seconds) {
        return run(url, connections, seconds, null);
    }

    /** As {@link #run(String, int, int)}, each request made by the Lua {@code script} (wrk's {@code -s}). */
    static Result run(String url, int connections, int seconds, Path script) {
        return run(url, connections, seconds, script, List.of());
    }

    /** As {@link #run(String, int, int, Path)}, with these request headers ({@code Name: value}) on every request. */
    static Result run(String url, int connections, int seconds, Path script, List<String> headers) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency"));
        headers.forEach(header -> command.addAll(List.of("-H", header)));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        try {
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            wrk.waitFor();
            Matcher non2xx = NON_2XX.matcher(output);
            if (non2xx.find()) {
                throw new IllegalStateException(url + " answered " + non2xx.group(1) + " errors:\n" + output);
            }
            Matcher requests = REQUESTS.matcher(output);
            if (!requests.find()) {
                throw new IllegalStateException("Unexpected wrk output:\n" + output);
            }
            double p50 = 0;
            double p99 = 0;
            Matcher percentile = PERCENTILE.matcher(output);
            while (percentile.find()) {
                double millis = toMillis(Double.parseDouble(percentile.group(2)), percentile.group(3));
                if (percentile.group(1).equals("50")) {
                    p50 = millis;
                } else {
                    p99 = millis;
                }
            }
            return new Result(Double.parseDouble(requests.group(1)), p50, p99);
        } catch (IOException e) {
            throw new IllegalStateException("wrk could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
