package org.healthequity.gateway.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpServerRequest;

import org.healthequity.gateway.config.GatewayConfig;

/**
 * Where a request really comes from. Behind an ingress or load balancer the TCP peer is that proxy: the caller's
 * address, scheme and host are in its {@code X-Forwarded-*} headers, which are believed only when the peer is one of
 * {@code gateway.trusted-proxies}. From anyone else they are ignored, so that no caller can choose the links the
 * services write or the rate-limit bucket it falls in.
 */
@Singleton
public class ClientOrigins {

    /** The caller as the gateway believes it: its address, the scheme and host it used, and the forwarding chain. */
    public record Origin(String address, String proto, String host, String forwardedFor) {
    }

    private static final Pattern HOST = Pattern.compile(
            "[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:\\d{1,5})?");
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int MAX_CHAIN = 20;

    private final List<Network> trusted;

    @Inject
    ClientOrigins(GatewayConfig config) {
        this(config.trustedProxies().orElse(List.of()));
    }

    ClientOrigins(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(Network::parse).toList();
    }

    public Origin of(HttpServerRequest request) {
        String peer = request.remoteAddress().hostAddress();
        String ownHost = request.authority() == null ? "" : request.authority().toString();
        if (!isTrusted(peer)) {
            return new Origin(peer, request.scheme(), ownHost, peer);
        }
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        String proto = forwardedProto != null && (forwardedProto.equalsIgnoreCase("https")
                || forwardedProto.equalsIgnoreCase("http")) ? forwardedProto.toLowerCase(Locale.ROOT)
                        : request.scheme();
        String forwardedHost = request.getHeader("X-Forwarded-Host");
        String host = forwardedHost != null && HOST.matcher(forwardedHost.trim()).matches() ? forwardedHost.trim()
                : ownHost;
        List<String> chain = chain(request.getHeader("X-Forwarded-For"));
        // The caller is the nearest address that is not one of our own proxies.
        String address = peer;
        for (int i = chain.size() - 1; i >= 0 && isTrusted(address); i--) {
            address = chain.get(i);
        }
        chain.add(peer);
        return new Origin(address, proto, host, String.join(", ", chain));
    }

    /** The literal addresses of an X-Forwarded-For header, at most the last {@value #MAX_CHAIN}. */
    private static List<String> chain(String header) {
        List<String> addresses = new ArrayList<>();
        if (header == null || header.length() > MAX_CHAIN * 48) {
            return addresses;
        }
        for (String part : header.split(",")) {
            String address = part.trim();
            if (ADDRESS_LITERAL.matcher(address).matches()) {
                addresses.add(address);
            }
        }
        return addresses.size() > MAX_CHAIN
                ? new ArrayList<>(addresses.subList(addresses.size() - MAX_CHAIN, addresses.size())) : addresses;
    }

    boolean isTrusted(String address) {
        if (trusted.isEmpty() || address == null || !ADDRESS_LITERAL.matcher(address).matches()) {
            return false;
        }
        byte[] bytes;
        try {
            // A literal: no name is looked up.
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return false;
        }
        return trusted.stream().anyMatch(network -> network.contains(bytes));
    }

    /** An address or a CIDR block. */
    private record Network(byte[] base, int prefix) {

        static Network parse(String text) {
            String[] parts = text.trim().split("/", 2);
            if (!ADDRESS_LITERAL.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("gateway.trusted-proxies takes addresses or CIDR blocks, not '"
                        + text + "'");
            }
            try {
                byte[] base = InetAddress.getByName(parts[0]).getAddress();
                int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : base.length * 8;
                if (prefix < 0 || prefix > base.length * 8) {
                    throw new IllegalArgumentException("prefix out of range in '" + text + "'");
                }
                return new Network(base, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("gateway.trusted-proxies: '" + text + "' is not an address", e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != base[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (base[whole] & mask);
        }
    }
}
