package org.healthequity.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The benchmarks' synthetic data, in Fingertips' CSV layout: proportions for 500 areas (England, the East of England
 * region and 498 authorities E06900002…) over consecutive calendar years from 2001, with Wilson intervals, optionally
 * broken down into categories along a gradient. Made up, and named so ("Benchmark indicator …").
 */
final class SyntheticObservations {

    static final int AREAS = 500;
    static final int FIRST_YEAR = 2001;
    static final String HEADER = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,"
            + "Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
            + "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
            + "Compared to England value or percentiles,Compared to Region value or percentiles,"
            + "Time period Sortable,New data,Compared to goal\r\n";

    /** Fingertips' deprivation deciles of upper-tier authorities, most deprived first. */
    static final Categories DEPRIVATION_DECILES = new Categories(
            "County & UA deprivation deciles in England (IMD2019, 4/21 geography)", List.of(
                    "Most deprived decile (IMD2019)", "Second most deprived decile (IMD2019)",
                    "Third more deprived decile (IMD2019)", "Fourth more deprived decile (IMD2019)",
                    "Fifth more deprived decile (IMD2019)", "Fifth less deprived decile (IMD2019)",
                    "Fourth less deprived decile (IMD2019)", "Third less deprived decile (IMD2019)",
                    "Second least deprived decile (IMD2019)", "Least deprived decile (IMD2019)"));

    /** A breakdown: Fingertips' category type and its categories, in gradient order. */
    record Categories(String type, List<String> labels) {
    }

    private SyntheticObservations() {
    }

    /** The code of the benchmark's area {@code area} (0 England, 1 the region, then the authorities). */
    static String areaCode(int area) {
        return switch (area) {
            case 0 -> "E92000001";
            case 1 -> "E12000006";
            default -> String.format(Locale.ROOT, "E06%06d", 900000 + area);
        };
    }

    /**
     * {@code indicators} indicators from {@code firstIndicator}, each with a row per area and year and, with
     * {@code categories}, one more per category: its share of the population, its value above the overall value for
     * the first category and below it for the last.
     */
    static void write(Path csv, int firstIndicator, int indicators, int periods, Categories categories)
            throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            StringBuilder line = new StringBuilder(256);
            for (int indicator = 0; indicator < indicators; indicator++) {
                int id = firstIndicator + indicator;
                for (int area = 0; area < AREAS; area++) {
                    String code = areaCode(area);
                    String name = switch (area) {
                        case 0 -> "England";
                        case 1 -> "East of England region";
                        default -> "Benchmark authority " + area;
                    };
                    String type = area == 0 ? "Country" : area == 1 ? "Region" : "County & UA";
                    String parent = area == 0 ? "" : area == 1 ? "E92000001" : "E12000006";
                    String parentName = area == 0 ? "" : area == 1 ? "England" : "East of England region";
                    String areaColumns = parent + ',' + parentName + ',' + code + ',' + name + ',' + type;
                    double denominator = area < 2 ? 5_000_000 : 20_000 + random.nextInt(200_000);
                    for (int period = 0; period < periods; period++) {
                        int year = FIRST_YEAR + period;
                        double proportion = 0.05 + 0.4 * random.nextDouble();
                        row(line, id, areaColumns, "", "", year, Math.rint(denominator * proportion), denominator);
                        out.write(line.toString());
                        if (categories == null) {
                            continue;
                        }
                        int n = categories.labels().size();
                        for (int category = 0; category < n; category++) {
                            // From 1.3 times the overall value in the first category to 0.7 times in the last.
                            double gradient = 1.3 - 0.6 * category / (n - 1) + 0.05 * random.nextGaussian();
                            double share = denominator / n;
                            row(line, id, areaColumns, categories.type(), categories.labels().get(category), year,
                                    Math.rint(share * proportion * gradient), Math.rint(share));
                            out.write(line.toString());
                        }
                    }
                }
            }
        }
    }

    /** Defines the indicators {@code first}… as proportions in per cent, calendar years, low is good. */
    static void define(HttpClient http, String service, String token, int first, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            String body = "{\"id\":" + (first + i) + ",\"name\":\"Benchmark indicator " + (first + i) + "\","
                    + "\"principle\":" + (i % 9) + ",\"valueType\":\"PROPORTION\",\"multiplier\":100,"
                    + "\"polarity\":\"LOW_IS_GOOD\",\"validMin\":0,\"validMax\":100,\"yearType\":\"CALENDAR\"}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service
                    + "/api/v1/indicators")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Indicator not created: " + response.body());
            }
        }
    }

    /** Imports a file through the API, as a partner would; its summary is the response's body. */
    static HttpResponse<String> load(HttpClient http, String service, String token, Path csv) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static void row(StringBuilder line, int id, String areaColumns, String categoryType, String category,
            int year, double count, double denominator) {
        double[] ci95 = wilson(count, denominator, 1.959963984540054);
        double[] ci998 = wilson(count, denominator, 3.090232306167813);
        line.setLength(0);
        line.append(id).append(",\"Benchmark indicator ").append(id).append("\",").append(areaColumns)
                .append(",Persons,All ages,");
        if (categoryType.isEmpty()) {
            line.append(',');
        } else {
            line.append('"').append(categoryType).append("\",\"").append(category).append('"');
        }
        line.append(',').append(year).append(',').append(count / denominator * 100).append(',').append(ci95[0])
                .append(',').append(ci95[1]).append(',').append(ci998[0]).append(',').append(ci998[1]).append(',')
                .append((long) count).append(',').append((long) denominator)
                .append(",,,Not compared,Not compared,").append(year).append("0000,,\r\n");
    }

    private static double[] wilson(double x, double n, double z) {
        double root = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
        double denominator = 2 * (n + z * z);
        return new double[] { (2 * x + z * z - root) / denominator * 100, (2 * x + z * z + root) / denominator * 100 };
    }
}
