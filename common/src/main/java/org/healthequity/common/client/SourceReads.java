package org.healthequity.common.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.smallrye.faulttolerance.api.Guard;

import org.healthequity.common.security.Caller;

/**
 * Reads of another service's resources that revalidate what was read before instead of fetching it again: the last
 * answer of each resource (per caller, since the other service answers each caller as that caller) is kept with its
 * entity tag, the next read sends {@code If-None-Match}, and a 304 hands back the kept body. The other service
 * tags by the caller's standing, not their token, so a refreshed token still revalidates. Each read is written in
 * the request's {@link ReadLog}, so that a composed answer can be tagged by the versions of what it was built from
 * and revalidated the same way ({@code ComposedTags}). At most {@code hes.client.revalidation.entries} bodies are
 * kept, the least recently used going first.
 */
@ApplicationScoped
public class SourceReads {

    private record Kept(String tag, Object body) {
    }

    private final Map<String, Kept> kept;

    @Inject
    SourceReads(@ConfigProperty(name = "hes.client.revalidation.entries", defaultValue = "128") int entries) {
        this.kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > entries;
            }
        });
    }

    /**
     * Reads the resource through the guard. {@code call} is given the {@code If-None-Match} to send (null when
     * nothing is kept) and returns the other service's answer; a failure is thrown, as a direct call's would be.
     *
     * @param resource names the resource read, as the same call always names it (such as
     *                 {@code indicators GET /api/v1/scorecards/E06000032})
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Guard guard, String resource, Function<String, RestResponse<T>> call) {
        Optional<ReadLog> log = currentLog();
        Optional<ReadLog.Outcome> known = log.flatMap(found -> found.outcome(resource));
        if (known.isPresent()) {
            if (known.get().failure() != null) {
                throw known.get().failure();
            }
            return (T) known.get().body();
        }
        Runnable again = () -> read(guard, resource, call);
        String key = key(resource);
        Kept before = kept.get(key);
        try {
            RestResponse<T> answer = guard.get(() -> call.apply(before == null ? null : before.tag()),
                    (Class<RestResponse<T>>) (Class<?>) RestResponse.class);
            T body;
            String tag;
            if (answer.getStatus() == RestResponse.StatusCode.NOT_MODIFIED && before != null) {
                body = (T) before.body();
                tag = before.tag();
            } else if (answer.getStatus() == RestResponse.StatusCode.OK) {
                body = answer.getEntity();
                tag = answer.getHeaderString(HttpHeaders.ETAG);
                if (tag != null && body != null) {
                    kept.put(key, new Kept(tag, body));
                } else {
                    kept.remove(key);
                }
            } else {
                throw new IllegalStateException(resource + " answered " + answer.getStatus());
            }
            log.ifPresent(found -> found.add(new ReadLog.Outcome(new SourceRead(resource, tag, false, again), body,
                    null)));
            return body;
        } catch (RuntimeException e) {
            log.ifPresent(found -> found.add(new ReadLog.Outcome(new SourceRead(resource, null, true, again), null,
                    e)));
            throw e;
        }
    }

    private static Optional<ReadLog> currentLog() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.of(container.instance(ReadLog.class).get());
    }

    /** The resource as this caller reads it, whatever token they came with this time. */
    private static String key(String resource) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(resource.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Caller.currentStanding().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
