package org.healthequity.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The whole system on one machine: PostgreSQL, Keycloak, the three services and the gateway, each started and
 * waited for in dependency order, and stopped in the reverse order.
 */
public final class Stack implements AutoCloseable {

    private static final Duration SERVICE_STARTUP = Duration.ofMinutes(3);

    private final StackConfig config;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    /** The running processes by name, and how each service was started, so that fault tests can stop and restart. */
    private final Map<String, ManagedProcess> processes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> environments = new ConcurrentHashMap<>();
    private EmbeddedDatabase database;

    private Stack(StackConfig config) {
        this.config = config;
    }

    public static Stack start(StackConfig config, Consumer<String> progress) {
        Stack stack = new Stack(config);
        try {
            stack.startAll(progress);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public StackConfig config() {
        return config;
    }

    private void startAll(Consumer<String> progress) {
        StackConfig.Ports ports = config.ports();
        Map<Integer, String> needed = PortCheck.of(
                ports.gateway(), "gateway, HES_GATEWAY_PORT",
                ports.gatewayManagement(), "gateway health and metrics, HES_GATEWAY_MANAGEMENT_PORT",
                ports.indicators(), "indicators-service, HES_INDICATORS_PORT",
                ports.workstreams(), "workstreams-service, HES_WORKSTREAMS_PORT",
                ports.evaluation(), "evaluation-service, HES_EVALUATION_PORT");
        if (config.externalOidcUrl().isEmpty()) {
            needed.put(ports.keycloak(), "Keycloak, HES_KEYCLOAK_PORT");
        }
        if (config.externalDatabaseUrl().isEmpty()) {
            needed.put(ports.postgres(), "PostgreSQL, HES_DB_PORT");
        }
        PortCheck.requireFree(needed);

        ManagedProcess keycloak = null;
        if (config.externalOidcUrl().isEmpty()) {
            progress.accept("Starting Keycloak " + StackConfig.KEYCLOAK_VERSION + " on port " + ports.keycloak());
            keycloak = register(KeycloakServer.start(config));
            processes.put("keycloak", keycloak);
        }
        if (config.externalDatabaseUrl().isEmpty()) {
            progress.accept("Starting PostgreSQL on port " + ports.postgres() + " (data in "
                    + config.dataDirectory().resolve("postgres") + ")");
            startDatabase();
        } else {
            progress.accept("Using the PostgreSQL server at " + config.databaseUrl());
        }
        if (keycloak != null) {
            KeycloakServer.awaitReady(keycloak, config);
            progress.accept("Keycloak is ready with the health-equity realm");
        }

        List<ManagedProcess> services = List.of(
                service("indicators-service", ports.indicators(), withDemoDataSetting(Map.of())),
                service("workstreams-service", ports.workstreams(), withDemoDataSetting(Map.of(
                        "HES_INDICATORS_URL", "http://localhost:" + ports.indicators(),
                        "HES_EVALUATION_URL", "http://localhost:" + ports.evaluation()))),
                service("evaluation-service", ports.evaluation(), withDemoDataSetting(Map.of(
                        "HES_INDICATORS_URL", "http://localhost:" + ports.indicators(),
                        "HES_WORKSTREAMS_URL", "http://localhost:" + ports.workstreams()))));
        CompletableFuture.allOf(services.stream()
                .map(service -> CompletableFuture.runAsync(() -> awaitService(service, progress)))
                .toArray(CompletableFuture[]::new)).join();

        ManagedProcess gateway = service("gateway", ports.gateway(), Map.of(
                "HES_GATEWAY_MANAGEMENT_PORT", Integer.toString(ports.gatewayManagement()),
                "HES_INDICATORS_URL", "http://localhost:" + ports.indicators(),
                "HES_WORKSTREAMS_URL", "http://localhost:" + ports.workstreams(),
                "HES_EVALUATION_URL", "http://localhost:" + ports.evaluation()));
        awaitService(gateway, progress);
    }

    /** Each service loads its own demo content when HES_DEMO_DATA is on. */
    private Map<String, String> withDemoDataSetting(Map<String, String> environment) {
        Map<String, String> withSetting = new HashMap<>(environment);
        withSetting.put("HES_DEMO_DATA", Boolean.toString(config.demoData()));
        return withSetting;
    }

    /** Kills a service or the gateway at once, as {@code kill -9} would. */
    public void kill(String name) {
        processes.get(name).kill();
    }

    /** Stops a service, the gateway or Keycloak as an orchestrator would, and waits until it has stopped. */
    public void stop(String name) {
        processes.get(name).close();
    }

    /** Starts a stopped service or the gateway again as it was first started, and waits until it is ready. */
    public void restart(String name, Consumer<String> progress) {
        int port = switch (name) {
            case "indicators-service" -> config.ports().indicators();
            case "workstreams-service" -> config.ports().workstreams();
            case "evaluation-service" -> config.ports().evaluation();
            default -> config.ports().gateway();
        };
        awaitService(service(name, port, environments.get(name)), progress);
    }

    /** Stops the embedded PostgreSQL server, keeping its data. */
    public void stopDatabase() {
        database.close();
    }

    /** Starts the embedded PostgreSQL server again on its port with its data. */
    public void startDatabase() {
        database = register(EmbeddedDatabase.start(config.dataDirectory().resolve("postgres"),
                config.ports().postgres(), config.logDirectory().resolve("postgres.log")));
    }

    private ManagedProcess service(String name, int port, Map<String, String> extra) {
        environments.put(name, extra);
        Path jar = config.home().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new StackException(jar + " is missing; build first (./mvnw -DskipTests package)");
        }
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("HES_DB_URL", config.databaseUrl());
        environment.put("HES_DB_USER", config.databaseUser());
        environment.put("HES_DB_PASSWORD", config.databasePassword());
        environment.put("HES_OIDC_URL", config.oidcUrl());
        environment.put("HES_OPENAPI_OIDC_URL", config.oidcUrl());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ManagedProcess process = register(ManagedProcess.start(name, List.of(java, "-Xmx" + config.serviceHeap(),
                "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()), environment, config.home(),
                        config.logDirectory().resolve(name + ".log")));
        processes.put(name, process);
        return process;
    }

    private void awaitService(ManagedProcess service, Consumer<String> progress) {
        int port = switch (service.name()) {
            case "indicators-service" -> config.ports().indicators();
            case "workstreams-service" -> config.ports().workstreams();
            case "evaluation-service" -> config.ports().evaluation();
            default -> config.ports().gatewayManagement();
        };
        service.awaitReady("http://localhost:" + port + "/q/health/ready", SERVICE_STARTUP);
        progress.accept(service.name() + " is ready on port " + port);
    }

    private <T extends AutoCloseable> T register(T component) {
        synchronized (started) {
            started.push(component);
        }
        return component;
    }

    /** Stops everything that was started, the gateway first and the database last. */
    @Override
    public void close() {
        synchronized (started) {
            while (!started.isEmpty()) {
                try {
                    started.pop().close();
                } catch (Exception e) {
                    System.err.println("While stopping: " + e.getMessage());
                }
            }
        }
    }
}
