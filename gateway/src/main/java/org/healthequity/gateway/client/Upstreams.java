package org.healthequity.gateway.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.SocketAddress;

import org.healthequity.gateway.config.GatewayConfig;

/** The services behind the gateway: their addresses and one shared pooled HTTP client. */
@Singleton
public class Upstreams {

    /** One service: where it is and how it is doing. */
    public record Upstream(String name, URI url, SocketAddress address, GatewayConfig.Upstream config) {

        public String host() {
            return url.getHost();
        }

        public int port() {
            return url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        }
    }

    private static final HttpClientOptions CLIENT_OPTIONS = new HttpClientOptions()
            .setKeepAlive(true)
            .setTcpNoDelay(true)
            .setConnectTimeout(2_000)
            .setDecompressionSupported(false);
    private static final PoolOptions POOL_OPTIONS = new PoolOptions().setHttp1MaxSize(256);

    private final HttpClient client;
    private final Vertx vertx;
    private final List<HttpClient> ownClients = new CopyOnWriteArrayList<>();
    private final Map<String, Upstream> byName = new LinkedHashMap<>();

    Upstreams(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.client = vertx.createHttpClient(CLIENT_OPTIONS, POOL_OPTIONS);
        config.upstreams().forEach((name, upstream) -> {
            URI url = upstream.url();
            int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
            byName.put(name, new Upstream(name, url, SocketAddress.inetSocketAddress(port, url.getHost()), upstream));
        });
    }

    public Upstream get(String name) {
        Upstream upstream = byName.get(name);
        if (upstream == null) {
            throw new IllegalArgumentException("No upstream named " + name);
        }
        return upstream;
    }

    public Map<String, Upstream> all() {
        return byName;
    }

    /** A client shared by every thread, for the occasional call (contracts, health checks). */
    public HttpClient client() {
        return client;
    }

    /** A client with its own connections, for one caller to keep to itself; closed with the others. */
    public HttpClient newClient() {
        HttpClient own = vertx.createHttpClient(CLIENT_OPTIONS, POOL_OPTIONS);
        ownClients.add(own);
        return own;
    }

    @PreDestroy
    void close() {
        client.close();
        ownClients.forEach(HttpClient::close);
    }
}
