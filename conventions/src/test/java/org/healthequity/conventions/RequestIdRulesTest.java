package org.healthequity.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdRulesTest {

    @Test
    void createdIdsAreDistinctRandomUuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestIdRules.newId();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void aSaneCallerIdIsKeptAndAnythingElseReplaced() {
        assertThat(RequestIdRules.accept("bi-refresh:2026-12-02.1")).isEqualTo("bi-refresh:2026-12-02.1");
        for (String hostile : new String[] { null, "", "a b", "id\r\nSet-Cookie: x=1", "x".repeat(129), "ïd" }) {
            String id = RequestIdRules.accept(hostile);
            assertThat(id).isNotEqualTo(hostile);
            assertThat(UUID.fromString(id).version()).isEqualTo(4);
        }
        assertThat(RequestIdRules.accept("x".repeat(128))).hasSize(128);
    }
}
