package org.healthequity.benchmarks;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The least a reverse proxy on the gateway's stack can do, as the gateway benchmark's floor: Vert.x on the same
 * Netty epoll transport, one event loop per core with its own connections to the service, headers copied both ways
 * and each answer written whole. No routing, authentication, limits, request ids, metrics or header hygiene: what
 * the gateway costs beyond this is what its features cost; what this costs beyond nginx is the stack's own price.
 * Run on the gateway's libraries by {@link GatewayBenchmark}: {@code BareVertxProxy <port> <service port>}.
 */
public final class BareVertxProxy extends AbstractVerticle {

    private final int port;
    private final int servicePort;

    private BareVertxProxy(int port, int servicePort) {
        this.port = port;
        this.servicePort = servicePort;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int servicePort = Integer.parseInt(args[1]);
        int loops = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new BareVertxProxy(port, servicePort), new DeploymentOptions().setInstances(loops))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public void start() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(256));
        vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true)).requestHandler(request -> {
            request.pause();
            client.request(new RequestOptions().setHost("127.0.0.1").setPort(servicePort)
                    .setMethod(request.method()).setURI(request.uri()))
                    .onFailure(failure -> request.response().setStatusCode(502).end())
                    .onSuccess(call -> {
                        call.headers().addAll(request.headers());
                        call.response().onSuccess(answer -> {
                            HttpServerResponse response = request.response().setStatusCode(answer.statusCode());
                            response.headers().addAll(answer.headers());
                            answer.body().onSuccess(response::end);
                        });
                        request.resume();
                        call.end();
                    });
        }).listen(port, "127.0.0.1");
    }
}
