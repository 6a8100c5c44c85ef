package org.healthequity.common.http;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.healthequity.common.client.ReadLog;
import org.healthequity.common.client.SourceRead;
import org.healthequity.common.security.Caller;

/**
 * Entity tags for reads composed from this service's data and other services' ({@link ComposedRead}), so that an
 * unchanged one is answered 304 without being built. The tag is the digest of this service's data version (read
 * before the answer is built) and the entity tag of every other service's resource the build read
 * ({@link org.healthequity.common.client.SourceReads}), with what else shapes the answer: the path and query,
 * {@code Accept}, the caller's standing ({@link Caller#standing()}) and the day.
 *
 * <p>What each answer was built from is remembered under that shape. A request whose {@code If-None-Match} names the
 * remembered tag is answered 304 if the data version is the same and each resource read, revalidated with its own
 * tag, is unchanged: the other services answer 304 in turn, so a chain of composed reads (the report from the
 * dashboards from the scorecard) is revalidated without building at any step. When a source could not answer or gave
 * no tag, the answer is tagged by what it shows ({@link ContentTags}) and is built each time, since an outage says
 * nothing of what the source holds. At most {@code hes.http.composed.entries} shapes are remembered, the least
 * recently used going first.
 */
@ApplicationScoped
public class ComposedTags {

    /** What an answer is built as, and what to tag it by when its sources cannot say. */
    public record Built(Response.ResponseBuilder answer, Object content) {
    }

    private record Remembered(String tag, long version, List<SourceRead> reads) {
    }

    private final Map<String, Remembered> remembered;
    private final DataVersionTags versions;
    private final ContentTags contentTags;
    private final ReadLog log;
    private final Counter builtCount;
    private final Counter notModifiedCount;
    private final byte[] secret = new byte[16];

    @Inject
    ComposedTags(@ConfigProperty(name = "hes.http.composed.entries", defaultValue = "1000") int entries,
            DataVersionTags versions, ContentTags contentTags, ReadLog log, MeterRegistry meters) {
        this.remembered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
                return size() > entries;
            }
        });
        this.versions = versions;
        this.contentTags = contentTags;
        this.log = log;
        this.builtCount = meters.counter("hes.composed.reads", "answer", "built");
        this.notModifiedCount = meters.counter("hes.composed.reads", "answer", "not-modified");
        new SecureRandom().nextBytes(secret);
    }

    /** The answer to a composed read: 304 when the caller's copy is still what it would be built as, else built. */
    public Response answer(UriInfo uri, HttpHeaders headers, Supplier<Built> build) {
        String shape = DataVersionTags.digest(secret, List.of(uri.getRequestUri().getRawPath(),
                String.valueOf(uri.getRequestUri().getRawQuery()),
                String.valueOf(headers.getHeaderString(HttpHeaders.ACCEPT)),
                Caller.currentStanding(),
                LocalDate.now(ZoneOffset.UTC).toString()));
        String condition = headers.getHeaderString(ConditionalRequests.IF_NONE_MATCH);
        Remembered before = condition == null ? null : remembered.get(shape);
        if (before != null && ConditionalRequests.matches(condition, before.tag()) && unchanged(before)) {
            notModifiedCount.increment();
            // The tag is already quoted: notModified(String) would quote it again.
            return Response.notModified().header(HttpHeaders.ETAG, before.tag()).build();
        }
        OptionalLong version = versions.current();
        log.startRecording();
        Built built = build.get();
        List<SourceRead> reads = log.recorded();
        String tag;
        if (version.isPresent() && reads.stream().allMatch(SourceRead::tagged)) {
            List<String> parts = new ArrayList<>();
            parts.add(shape);
            parts.add(Long.toString(version.getAsLong()));
            reads.forEach(read -> {
                parts.add(read.resource());
                parts.add(read.tag());
            });
            tag = "\"" + DataVersionTags.digest(secret, parts) + "\"";
            remembered.put(shape, new Remembered(tag, version.getAsLong(), reads));
        } else {
            tag = contentTags.of(built.content());
            remembered.remove(shape);
        }
        builtCount.increment();
        return built.answer().header(HttpHeaders.ETAG, tag).build();
    }

    /** Whether the data version and every resource read are as they were: each is revalidated, in the same order. */
    private boolean unchanged(Remembered before) {
        OptionalLong version = versions.current();
        if (version.isEmpty() || version.getAsLong() != before.version()) {
            return false;
        }
        for (SourceRead read : before.reads()) {
            try {
                read.again().run();
            } catch (RuntimeException e) {
                return false;
            }
            Optional<SourceRead> now = log.read(read.resource());
            if (now.isEmpty() || !now.get().tagged() || !now.get().tag().equals(read.tag())) {
                return false;
            }
        }
        return true;
    }
}
