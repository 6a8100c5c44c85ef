package org.healthequity.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: starts the local stack, prints where to go and how to log in, and stops everything on Ctrl-C.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("hes.home", ".")).toAbsolutePath().normalize();
        StackConfig config;
        try {
            config = StackConfig.fromEnvironment(home, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Stack stack;
        try {
            stack = Stack.start(config, message -> System.out.println("  " + message));
        } catch (StackException e) {
            System.err.println();
            System.err.println("The Health Equity System did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println();
            System.out.println("Stopping the Health Equity System...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }));
        System.out.println(banner(config, (System.nanoTime() - started) / 1_000_000_000.0));
        stopped.await();
    }

    static String banner(StackConfig config, double seconds) {
        String tokenUrl = config.oidcUrl() + "/protocol/openid-connect/token";
        String logins = config.demoData() ? String.format("""
                  Demo logins (password = user name):
                    admin, analyst, viewer, evaluator,
                    lead-housing, lead-children (leads of the housing and children and young people workstreams),
                    partner-elft, partner-uob (partners of ELFT and UoB)

                  A token for scripts:
                    curl -s -d grant_type=password -d client_id=hes-cli -d username=analyst -d password=analyst \\
                      %s
                """, tokenUrl) : """
                  No demo users or content (HES_DEMO_DATA=false): create users in Keycloak's admin console.
                """;
        return String.format("""

                Health Equity System is ready (%.0f s).

                  Swagger UI     %s/q/swagger-ui/
                  API            %s/api/v1/principles
                  Health         %s/q/health/ready
                  Keycloak       %s/admin  (admin / admin)%s
                %s
                  Data   %s
                  Logs   %s

                Press Ctrl-C to stop everything.
                """, seconds, config.gatewayUrl(), config.gatewayUrl(), config.gatewayManagementUrl(),
                config.keycloakUrl(),
                config.externalOidcUrl().isPresent() ? "  (not used: HES_OIDC_URL points elsewhere)" : "",
                logins, config.dataDirectory(), config.logDirectory());
    }
}
