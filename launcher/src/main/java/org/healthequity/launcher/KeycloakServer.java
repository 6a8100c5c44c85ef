package org.healthequity.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keycloak from its own distribution on Maven Central, unpacked once, started in development mode with the
 * {@code health-equity} realm imported (an existing realm is kept as it is). A demo stack also gets the demo users
 * (Keycloak imports the users file beside the realm) and {@code hes-cli}, the password-grant client for scripts and
 * tests, which exists nowhere else.
 */
final class KeycloakServer {

    static final String REALM_FILE = "health-equity-realm.json";
    static final String DEMO_USERS_FILE = "health-equity-users-0.json";
    static final String LOCAL_CLIENT_FILE = "hes-cli-client.json";
    static final Duration STARTUP = Duration.ofMinutes(4);

    private KeycloakServer() {
    }

    /** Unpacks the distribution under {@code unpackDirectory} unless an earlier run already did. */
    static Path install(Path distribution, Path unpackDirectory) {
        Path home = unpackDirectory.resolve("keycloak-" + StackConfig.KEYCLOAK_VERSION);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        if (!Files.isRegularFile(distribution)) {
            throw new StackException("The Keycloak distribution " + distribution + " is missing; build first "
                    + "(./mvnw -DskipTests package), which downloads it from Maven Central.");
        }
        try {
            Files.createDirectories(unpackDirectory);
            Path partial = Files.createTempDirectory(unpackDirectory, "keycloak-unpacking-");
            Process tar = new ProcessBuilder("tar", "-xzf", distribution.toString(), "-C", partial.toString(),
                    "--strip-components=1").inheritIO().start();
            if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new StackException("Unpacking " + distribution + " failed");
            }
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            return home;
        } catch (IOException e) {
            throw new StackException("Unpacking Keycloak into " + unpackDirectory + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while unpacking Keycloak");
        }
    }

    static ManagedProcess start(StackConfig config) {
        Path home = install(config.keycloakDistribution(), config.keycloakUnpackDirectory());
        placeRealm(home, config.demoData());
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + config.ports().keycloak(),
                "--import-realm"));
        if (config.keycloakInMemory()) {
            command.add("--db=dev-mem");
        }
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "HES_GATEWAY_URL", config.gatewayUrl());
        ManagedProcess keycloak = ManagedProcess.start("keycloak", command, environment, home,
                config.logDirectory().resolve("keycloak.log"));
        return keycloak;
    }

    static void awaitReady(ManagedProcess keycloak, StackConfig config) {
        keycloak.awaitReady(config.oidcUrl() + "/.well-known/openid-configuration", STARTUP);
    }

    private static void placeRealm(Path home, boolean demo) {
        Path imports = home.resolve("data/import");
        ObjectMapper json = new ObjectMapper();
        try (InputStream realmFile = resource(REALM_FILE)) {
            Files.createDirectories(imports);
            ObjectNode realm = (ObjectNode) json.readTree(realmFile);
            Files.deleteIfExists(imports.resolve(DEMO_USERS_FILE));
            if (demo) {
                try (InputStream client = resource("demo/" + LOCAL_CLIENT_FILE);
                        InputStream users = resource("demo/" + DEMO_USERS_FILE)) {
                    ((ArrayNode) realm.withArray("clients")).add(json.readTree(client));
                    Files.copy(users, imports.resolve(DEMO_USERS_FILE));
                }
            }
            json.writerWithDefaultPrettyPrinter().writeValue(imports.resolve(REALM_FILE).toFile(), realm);
        } catch (IOException e) {
            throw new StackException("Could not place the realm for import: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/" + name);
        if (in == null) {
            throw new IOException("/keycloak/" + name + " is not on the launcher's class path");
        }
        return in;
    }
}
