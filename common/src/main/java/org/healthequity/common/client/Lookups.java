package org.healthequity.common.client;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

/** Asking another service whether something exists, where its 404 is an answer and not a failure. */
public final class Lookups {

    private Lookups() {
    }

    /** True when the lookup answered, false when the other service said 404; any other failure is thrown. */
    public static boolean exists(Runnable lookup) {
        return find(() -> {
            lookup.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** What the lookup answered, or empty when the other service said 404; any other failure is thrown. */
    public static <T> Optional<T> find(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
