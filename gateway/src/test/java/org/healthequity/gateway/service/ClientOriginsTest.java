package org.healthequity.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientOriginsTest {

    private final ClientOrigins origins = new ClientOrigins(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8"));

    @Test
    void addressesInsideATrustedBlockAreTrustedAndOthersNot() {
        assertThat(origins.isTrusted("10.42.0.3")).isTrue();
        assertThat(origins.isTrusted("192.168.1.7")).isTrue();
        assertThat(origins.isTrusted("fd12:3456::1")).isTrue();
        assertThat(origins.isTrusted("11.0.0.1")).isFalse();
        assertThat(origins.isTrusted("192.168.1.8")).isFalse();
        assertThat(origins.isTrusted("203.0.113.7")).isFalse();
        assertThat(origins.isTrusted("2001:db8::1")).isFalse();
    }

    @Test
    void namesAreNeverLookedUpAndNothingIsTrustedByDefault() {
        assertThat(origins.isTrusted("localhost")).isFalse();
        assertThat(origins.isTrusted("proxy.example.org")).isFalse();
        assertThat(new ClientOrigins(List.of()).isTrusted("127.0.0.1")).isFalse();
        assertThatThrownBy(() -> new ClientOrigins(List.of("ingress.example.org")))
                .hasMessageContaining("addresses or CIDR blocks");
        assertThatThrownBy(() -> new ClientOrigins(List.of("10.0.0.0/33"))).hasMessageContaining("prefix");
    }
}
