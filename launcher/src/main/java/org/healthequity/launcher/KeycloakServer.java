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

/**
 * Keycloak from its own distribution on Maven Central, unpacked once, started in development mode with the
 * {@code health-equity} realm imported (an existing realm is kept as it is).
 */
final class KeycloakServer {

    static final String REALM_FILE = "health-equity-realm.json";
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
        copyRealm(home);
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

    private static void copyRealm(Path home) {
        Path imports = home.resolve("data/import");
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/" + REALM_FILE)) {
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve(REALM_FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Could not place the realm for import: " + e.getMessage(), e);
        }
    }
}
