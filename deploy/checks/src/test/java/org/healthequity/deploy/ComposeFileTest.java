package org.healthequity.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * {@code deploy/compose/compose.yaml} against the services' own configuration: every variable a service reads is set
 * for it, ports and upstream addresses agree with the services' ports, everything waits for what it needs to be
 * healthy, and {@code .env.example} names every secret without a value.
 */
class ComposeFileTest {

    private static final Path HOME = Path.of(System.getProperty("hes.home", "../..")).toAbsolutePath().normalize();
    private static final Path COMPOSE = HOME.resolve("deploy/compose");
    private static final List<String> SERVICES = List.of("indicators-service", "workstreams-service",
            "evaluation-service", "gateway");
    /** Variables whose defaults suit a container too. */
    private static final Set<String> SAFE_DEFAULTS = Set.of("HES_HOME_AREA", "HES_DEMO_DATA", "HES_CORS_ORIGINS",
            "HES_OPENAPI_OIDC_URL", "HES_TRUSTED_PROXIES", "HES_GATEWAY_MANAGEMENT_PORT");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(HES_[A-Z_]+)");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(:?[-?])?");

    private final JsonNode compose = read();

    @Test
    void everyPartIsThereWithAHealthCheck() {
        assertThat(names(compose.path("services"))).containsExactlyInAnyOrder("postgres", "keycloak",
                "indicators-service", "workstreams-service", "evaluation-service", "gateway");
        compose.path("services").fields().forEachRemaining(service -> assertThat(service.getValue()
                .path("healthcheck").path("test").isArray()).as(service.getKey() + " health check").isTrue());
    }

    @Test
    void everyVariableAServiceReadsIsSetAndNoneIsMadeUp() throws IOException {
        Set<String> common = variables(
                HOME.resolve("common/src/main/resources/META-INF/microprofile-config.properties"));
        for (String service : SERVICES) {
            Set<String> read = new TreeSet<>(common);
            read.addAll(variables(HOME.resolve(service + "/src/main/resources/application.properties")));
            if (service.equals("gateway")) {
                read.removeIf(name -> name.startsWith("HES_DB_") || name.equals("HES_GATEWAY_ADDRESSES"));
            }
            Set<String> set = names(compose.path("services").path(service).path("environment"));
            Set<String> needed = new TreeSet<>(read);
            needed.removeAll(SAFE_DEFAULTS);
            assertThat(set).as(service + " environment").containsAll(needed);
            assertThat(read).as(service + " reads every variable compose sets").containsAll(set);
        }
    }

    @Test
    void portsAndUpstreamAddressesAgreeWithTheServices() throws IOException {
        Map<String, Integer> ports = new HashMap<>();
        for (String service : SERVICES) {
            ports.put(service, Integer.parseInt(properties(service).getProperty("quarkus.http.port")));
        }
        for (String service : SERVICES) {
            JsonNode definition = compose.path("services").path(service);
            assertThat(definition.path("healthcheck").path("test").toString())
                    .contains("localhost:" + healthPort(service) + "/q/health/");
            definition.path("environment").fields().forEachRemaining(variable -> {
                if (variable.getKey().matches("HES_(INDICATORS|WORKSTREAMS|EVALUATION)_URL")) {
                    URI url = URI.create(variable.getValue().asText());
                    assertThat(ports).as(variable.getKey()).containsEntry(url.getHost(), url.getPort());
                    // Started after its upstream, unless the upstream reads this service too: Compose cannot order a
                    // cycle, so the one started first (workstreams-service, whose link checks answer 503 until
                    // evaluation-service is up) must be the upstream's own healthy dependency instead.
                    if (names(compose.path("services").path(url.getHost()).path("depends_on")).contains(service)) {
                        assertThat(compose.path("services").path(url.getHost()).path("depends_on").path(service)
                                .path("condition").asText()).as(url.getHost() + " after " + service)
                                .isEqualTo("service_healthy");
                    } else {
                        assertThat(names(definition.path("depends_on"))).as(service).contains(url.getHost());
                        assertThat(definition.path("depends_on").path(url.getHost()).path("condition").asText())
                                .isEqualTo("service_healthy");
                    }
                }
            });
        }
        assertThat(compose.path("services").path("gateway").path("ports").get(0).asText())
                .endsWith(":" + ports.get("gateway"));
        assertThat(compose.path("services").path("indicators-service").has("ports")).isFalse();
    }

    @Test
    void eachServiceHasItsOwnDatabaseAndRoleAndWaitsForThem() throws IOException {
        String initdb = Files.readString(COMPOSE.resolve("initdb/10-databases.sh"));
        for (String service : List.of("indicators-service", "workstreams-service", "evaluation-service")) {
            JsonNode environment = compose.path("services").path(service).path("environment");
            String database = URI.create(environment.path("HES_DB_URL").asText().substring("jdbc:".length()))
                    .getPath().substring(1);
            assertThat(environment.path("HES_DB_USER").asText()).isEqualTo(database);
            assertThat(initdb).contains(database);
            assertThat(compose.path("services").path(service).path("depends_on").path("postgres").path("condition")
                    .asText()).isEqualTo("service_healthy");
            assertThat(compose.path("services").path(service).path("depends_on").path("keycloak").path("condition")
                    .asText()).isEqualTo("service_healthy");
        }
        assertThat(Files.exists(COMPOSE.resolve("../keycloak/health-equity-realm.json"))).isTrue();
    }

    @Test
    void demoUsersComeOnlyWithTheDemoOverride() throws IOException {
        assertThat(compose.path("services").path("keycloak").path("volumes").toString())
                .contains("health-equity-realm.json").doesNotContain("users");
        JsonNode demo = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.resolve("compose.demo.yaml").toFile());
        String usersVolume = demo.path("services").path("keycloak").path("volumes").get(0).asText();
        assertThat(usersVolume).endsWith(":/opt/keycloak/data/import/health-equity-users-0.json:ro");
        assertThat(COMPOSE.resolve(usersVolume.substring(0, usersVolume.indexOf(':')))).isRegularFile();
        for (String service : List.of("indicators-service", "workstreams-service", "evaluation-service")) {
            assertThat(demo.path("services").path(service).path("environment").path("HES_DEMO_DATA").asText())
                    .isEqualTo("true");
        }
    }

    @Test
    void theEnvironmentExampleNamesEverySecretWithoutAValue() throws IOException {
        String text = Files.readString(COMPOSE.resolve("compose.yaml"));
        Properties example = new Properties();
        try (var reader = Files.newBufferedReader(COMPOSE.resolve(".env.example"))) {
            example.load(reader);
        }
        Set<String> used = new HashSet<>();
        Matcher matcher = COMPOSE_VARIABLE.matcher(text);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(example.stringPropertyNames()).containsAll(used);
        example.stringPropertyNames().stream().filter(name -> name.contains("PASSWORD") || name.contains("SECRET"))
                .forEach(name -> assertThat(example.getProperty(name)).as(name).isEmpty());
        assertThat(Files.exists(COMPOSE.resolve(".env"))).as("no .env is committed").isFalse();
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.resolve("compose.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("compose.yaml does not parse", e);
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> variables(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(Files.readString(file));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Health is served on the management port where a service has one (the gateway), else on its own. */
    private static int healthPort(String service) throws IOException {
        Properties properties = properties(service);
        if (!Boolean.parseBoolean(properties.getProperty("quarkus.management.enabled"))) {
            return Integer.parseInt(properties.getProperty("quarkus.http.port"));
        }
        String port = properties.getProperty("quarkus.management.port");
        return Integer.parseInt(port.replaceAll("^\\$\\{[A-Z_]+:(\\d+)}$", "$1"));
    }

    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(HOME.resolve(service
                + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
