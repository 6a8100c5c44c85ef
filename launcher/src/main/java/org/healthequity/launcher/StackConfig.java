package org.healthequity.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where each part of the local stack listens and keeps its data. {@link #fromEnvironment} reads the {@code HES_*}
 * variables that README.md documents; the end-to-end tests build their own with free ports and throwaway data.
 */
public record StackConfig(
        Path home,
        Path dataDirectory,
        Ports ports,
        Optional<String> externalDatabaseUrl,
        String databaseUser,
        String databasePassword,
        Optional<String> externalOidcUrl,
        boolean keycloakInMemory,
        Path keycloakDistribution,
        Path keycloakUnpackDirectory,
        boolean demoData,
        String serviceHeap) {

    /** {@code gatewayManagement} serves the gateway's health and metrics, away from the API's port. */
    public record Ports(int gateway, int gatewayManagement, int indicators, int workstreams, int evaluation,
            int keycloak, int postgres) {
    }

    public static final String KEYCLOAK_VERSION = versions().getProperty("keycloak");
    /** Maximum heap of each service and of the gateway. */
    public static final String DEFAULT_SERVICE_HEAP = "384m";

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    /** The gateway's health and metrics. */
    public String gatewayManagementUrl() {
        return "http://localhost:" + ports.gatewayManagement();
    }

    public String keycloakUrl() {
        return "http://localhost:" + ports.keycloak();
    }

    /** The realm's issuer URL: the external one when configured, otherwise the local Keycloak's. */
    public String oidcUrl() {
        return externalOidcUrl.orElse(keycloakUrl() + "/realms/health-equity");
    }

    public String databaseUrl() {
        return externalDatabaseUrl.orElse("jdbc:postgresql://localhost:" + ports.postgres() + "/hes");
    }

    public static StackConfig fromEnvironment(Path home, Map<String, String> env) {
        Path data = Path.of(env.getOrDefault("HES_DATA_DIR", home.resolve(".data").toString())).toAbsolutePath();
        Ports ports = new Ports(
                port(env, "HES_GATEWAY_PORT", 8080),
                port(env, "HES_GATEWAY_MANAGEMENT_PORT", 9080),
                port(env, "HES_INDICATORS_PORT", 8081),
                port(env, "HES_WORKSTREAMS_PORT", 8082),
                port(env, "HES_EVALUATION_PORT", 8083),
                port(env, "HES_KEYCLOAK_PORT", 8180),
                port(env, "HES_DB_PORT", 5433));
        return new StackConfig(home, data, ports,
                Optional.ofNullable(env.get("HES_DB_URL")).filter(url -> !url.isBlank()),
                env.getOrDefault("HES_DB_USER", "postgres"),
                env.getOrDefault("HES_DB_PASSWORD", "postgres"),
                Optional.ofNullable(env.get("HES_OIDC_URL")).filter(url -> !url.isBlank()),
                false,
                home.resolve("launcher/target/dist/keycloak-quarkus-dist-" + KEYCLOAK_VERSION + ".tar.gz"),
                data,
                !"false".equalsIgnoreCase(env.getOrDefault("HES_DEMO_DATA", "true")),
                env.getOrDefault("HES_SERVICE_HEAP", DEFAULT_SERVICE_HEAP));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }

    private static Properties versions() {
        Properties properties = new Properties();
        try (InputStream in = StackConfig.class.getResourceAsStream("versions.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
