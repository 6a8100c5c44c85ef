package org.healthequity.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.healthequity.launcher.Stack;
import org.healthequity.launcher.StackConfig;

/**
 * Drives one read endpoint of indicators-service (by default the open-data list of principles; any other path as
 * the fourth argument, after connections, seconds and rounds) four ways in one run: directly on indicators-service,
 * through the gateway, through nginx as a plain reverse proxy to the same service, and through a bare Vert.x proxy
 * ({@link BareVertxProxy}), the floor of the gateway's own stack. Rounds alternate the order so that the machine's
 * drift spreads evenly; it prints throughput ratios and the latency each proxy adds.
 */
public final class GatewayBenchmark {

    /** The cheapest open-data read, where a proxy's own cost shows most. */
    private static final String DEFAULT_PATH = "/api/v1/principles";
    /**
     * Each path is driven this long before anything is measured. The gateway carries the most code (Quarkus, Vert.x
     * Web, the proxy, OIDC), and its JIT compiler still took a third of its CPU 30 s into a run; a gateway in service
     * runs for days, so the figures are taken after that.
     */
    private static final int WARM_UP_SECONDS = 45;
    /** The heap of every JVM in the run: the services, the gateway and the bare Vert.x proxy. */
    private static final String HEAP = "512m";

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String path = args.length > 3 ? args[3] : DEFAULT_PATH;
        Path work = BenchmarkStack.freshDirectory("bench-gateway");
        int firstPort = 18_080;
        System.out.println("Starting the stack...");
        try (Stack stack = BenchmarkStack.start(BenchmarkStack.home(), work.resolve("data"),
                HEAP, firstPort)) {
            StackConfig config = stack.config();
            int nginxPort = firstPort + 6;
            int bareVertxPort = firstPort + 7;
            List<Process> proxies = new ArrayList<>();
            try {
                proxies.add(startNginx(work, nginxPort, config.ports().indicators()));
                proxies.add(startBareVertxProxy(work, bareVertxPort, config.ports().indicators()));
                Map<String, Target> targets = new LinkedHashMap<>();
                targets.put("direct", new Target("http://127.0.0.1:" + config.ports().indicators() + path));
                // The raw proxy: the caller asks for the service's own answer, so the shared cache stands aside.
                targets.put("gateway", new Target("http://127.0.0.1:" + config.ports().gateway() + path,
                        List.of("Cache-Control: no-cache")));
                targets.put("cached", new Target("http://127.0.0.1:" + config.ports().gateway() + path));
                targets.put("nginx", new Target("http://127.0.0.1:" + nginxPort + path));
                targets.put("vertx", new Target("http://127.0.0.1:" + bareVertxPort + path));
                System.out.printf("wrk: 2 threads, %d connections, %d s warm-up per path, %d s per run, %d rounds, "
                        + "GET %s%n", connections, WARM_UP_SECONDS, seconds, rounds, path);
                targets.values().forEach(target -> target.run(connections, WARM_UP_SECONDS));
                Map<String, List<Wrk.Result>> results = new LinkedHashMap<>();
                targets.keySet().forEach(name -> results.put(name, new ArrayList<>()));
                for (int round = 0; round < rounds; round++) {
                    List<String> order = new ArrayList<>(targets.keySet());
                    if (round % 2 == 1) {
                        Collections.reverse(order);
                    }
                    for (String name : order) {
                        Wrk.Result result = targets.get(name).run(connections, seconds);
                        results.get(name).add(result);
                        System.out.printf("  round %d %-8s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms%n", round + 1, name,
                                result.requestsPerSecond(), result.p50Millis(), result.p99Millis());
                    }
                }
                Wrk.Result direct = Wrk.Result.mean(results.get("direct"));
                Wrk.Result gateway = Wrk.Result.mean(results.get("gateway"));
                Wrk.Result cached = Wrk.Result.mean(results.get("cached"));
                Wrk.Result proxy = Wrk.Result.mean(results.get("nginx"));
                Wrk.Result bare = Wrk.Result.mean(results.get("vertx"));
                System.out.println();
                System.out.printf("%-8s %10s %10s %10s%n", "", "req/s", "p50 ms", "p99 ms");
                print("direct", direct);
                print("gateway", gateway);
                print("cached", cached);
                print("nginx", proxy);
                print("vertx", bare);
                System.out.println();
                System.out.printf("gateway / direct throughput: %.2f (goal >= 0.85)%n",
                        gateway.requestsPerSecond() / direct.requestsPerSecond());
                System.out.printf("cached gateway / direct throughput: %.2f (goal >= 2)%n",
                        cached.requestsPerSecond() / direct.requestsPerSecond());
                System.out.printf("gateway / nginx throughput:  %.2f (goal >= 1.00)%n",
                        gateway.requestsPerSecond() / proxy.requestsPerSecond());
                System.out.printf("nginx / direct throughput:   %.2f%n",
                        proxy.requestsPerSecond() / direct.requestsPerSecond());
                System.out.printf("bare Vert.x proxy (the stack's floor) / direct: %.2f, / nginx: %.2f; "
                        + "gateway / bare Vert.x: %.2f%n", bare.requestsPerSecond() / direct.requestsPerSecond(),
                        bare.requestsPerSecond() / proxy.requestsPerSecond(),
                        gateway.requestsPerSecond() / bare.requestsPerSecond());
                System.out.printf("added by the gateway: p50 %+.2f ms, p99 %+.2f ms%n",
                        gateway.p50Millis() - direct.p50Millis(), gateway.p99Millis() - direct.p99Millis());
                System.out.printf("added by nginx:       p50 %+.2f ms, p99 %+.2f ms%n",
                        proxy.p50Millis() - direct.p50Millis(), proxy.p99Millis() - direct.p99Millis());
            } finally {
                for (Process process : proxies) {
                    process.destroy();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** nginx as a plain reverse proxy: keep-alive to the service, no logging, one worker per core. */
    private static Process startNginx(Path work, int port, int upstreamPort) throws IOException, InterruptedException {
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        Files.createDirectories(prefix.resolve("logs"));
        String conf = """
                worker_processes auto;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream service { server 127.0.0.1:%2$d; keepalive 64; }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://service;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        }
                    }
                }
                """.formatted(prefix, upstreamPort, port);
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, conf);
        String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        Process process = new ProcessBuilder(binary, "-p", prefix.toString(), "-c", file.toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/nginx.out").toFile()).start();
        return awaitPort(process, port, "nginx", prefix.resolve("logs"));
    }

    /**
     * The bare Vert.x proxy in its own JVM, on the gateway's libraries and with the gateway's heap; named, not
     * referenced, since Vert.x is not on this JVM's class path.
     */
    private static Process startBareVertxProxy(Path work, int port, int upstreamPort)
            throws IOException, InterruptedException {
        Path home = BenchmarkStack.home();
        String classpath = home.resolve("benchmarks/target/classes") + File.pathSeparator
                + home.resolve("gateway/target/quarkus-app/lib/main") + File.separator + "*";
        Path log = work.resolve("bare-vertx.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-cp", classpath, "org.healthequity.benchmarks.BareVertxProxy",
                Integer.toString(port), Integer.toString(upstreamPort))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return awaitPort(process, port, "The bare Vert.x proxy", log);
    }

    private static Process awaitPort(Process process, int port, String name, Path logs) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException(name + " did not start; see " + logs);
    }

    /** Where wrk sends its GETs, and the headers it adds. */
    private record Target(String url, List<String> headers) {

        Target(String url) {
            this(url, List.of());
        }

        Wrk.Result run(int connections, int seconds) {
            return Wrk.run(url, connections, seconds, null, headers);
        }
    }

    private static void print(String name, Wrk.Result result) {
        System.out.printf("%-8s %10.0f %10.2f %10.2f%n", name, result.requestsPerSecond(), result.p50Millis(),
                result.p99Millis());
    }
}
