package org.healthequity.common.client;

import jakarta.ws.rs.WebApplicationException;

/** Asking another service whether something exists, where its 404 is an answer and not a failure. */
public final class Lookups {

    private Lookups() {
    }

    /** True when the lookup answered, false when the other service said 404; any other failure is thrown. */
    public static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return false;
            }
            throw e;
        }
    }
}
