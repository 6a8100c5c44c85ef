package org.healthequity.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthequity.launcher.Stack;
import org.healthequity.launcher.StackConfig;

/** The stack a benchmark runs against: started like ./run.sh, on the benchmark's own ports and throwaway data. */
final class BenchmarkStack {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private BenchmarkStack() {
    }

    static Stack start(Path home, Path data, String serviceHeap, int firstPort) {
        StackConfig defaults = StackConfig.fromEnvironment(home, Map.of(
                "HES_DATA_DIR", data.toString(),
                "HES_GATEWAY_PORT", Integer.toString(firstPort),
                "HES_INDICATORS_PORT", Integer.toString(firstPort + 1),
                "HES_WORKSTREAMS_PORT", Integer.toString(firstPort + 2),
                "HES_EVALUATION_PORT", Integer.toString(firstPort + 3),
                "HES_KEYCLOAK_PORT", Integer.toString(firstPort + 4),
                "HES_DB_PORT", Integer.toString(firstPort + 5),
                "HES_GATEWAY_MANAGEMENT_PORT", Integer.toString(firstPort + 9),
                "HES_SERVICE_HEAP", serviceHeap));
        StackConfig config = new StackConfig(defaults.home(), defaults.dataDirectory(), defaults.ports(),
                defaults.externalDatabaseUrl(), defaults.databaseUser(), defaults.databasePassword(),
                defaults.externalOidcUrl(), true, defaults.keycloakDistribution(),
                // The demo users sign the benchmarks' requests; the demo content is a few hundred rows beside them.
                home.resolve("benchmarks/target"), true, serviceHeap);
        return Stack.start(config, message -> System.out.println("  " + message));
    }

    /** A user's access token from the stack's Keycloak (password = user name in the local realm). */
    static String token(HttpClient http, StackConfig config, String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=hes-cli&username=" + user + "&password=" + user;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(config.oidcUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token for " + user + ": " + response.body());
        }
        return matcher.group(1);
    }

    static Path home() {
        return Path.of(System.getProperty("hes.home", ".")).toAbsolutePath().normalize();
    }

    static Path freshDirectory(String name) throws IOException {
        Path directory = home().resolve("benchmarks/target").resolve(name);
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return Files.createDirectories(directory);
    }
}
