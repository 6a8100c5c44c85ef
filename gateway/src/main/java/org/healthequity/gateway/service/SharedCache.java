package org.healthequity.gateway.service;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

import org.healthequity.gateway.config.GatewayConfig;

/**
 * The gateway's shared cache of open data: answers to anonymous GETs that their service marked {@code public} with
 * a {@code max-age} and an ETag, kept in memory (bounded in bytes, least recently used dropped first) and served
 * without calling the service while fresh; once stale, revalidated with the service by ETag. An entry is keyed by
 * path and query, {@code Accept} and {@code Accept-Encoding}, and the public address the caller used (links in the
 * answer name it), so answers are never shared across any of them, and never with a caller who sends a token or a
 * cookie. A write through the gateway that
 * succeeds (an import included) drops everything cached from the service it went to. A caller asking
 * {@code Cache-Control: no-cache} or {@code no-store} goes straight to the service.
 */
@Singleton
public class SharedCache {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|,)\\s*(?:s-maxage|max-age)=(\\d{1,9})");
    private static final Pattern PRIVATE = Pattern.compile("(?:^|,)\\s*(private|no-store|no-cache)\\b");

    private final boolean enabled;
    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    SharedCache(GatewayConfig config) {
        this.enabled = config.cache().enabled();
        this.maxBytes = config.cache().maxBytes();
        this.maxEntryBytes = config.cache().maxEntryBytes();
    }

    public record Key(String upstream, String target, String accept, String encoding, String origin) {
    }

    /** A stored answer: its headers as the service sent them (hop-by-hop ones left out) and its body. */
    public record Entry(Key key, int status, MultiMap headers, Buffer body, String etag, long storedAt,
            long maxAgeMillis) {

        public boolean freshAt(long now) {
            return now - storedAt < maxAgeMillis;
        }

        public long ageSeconds(long now) {
            return Math.max(0, (now - storedAt) / 1000);
        }

        Entry revalidated(long now) {
            return new Entry(key, status, headers, body, etag, now, maxAgeMillis);
        }
    }

    /** The key of a request the cache may answer, or nothing when it must go to the service. */
    public Optional<Key> keyOf(HttpServerRequest request, String upstream, String origin) {
        if (!enabled || request.method() != HttpMethod.GET || request.headers().contains(HttpHeaders.AUTHORIZATION)
                || request.headers().contains(HttpHeaders.COOKIE)) {
            return Optional.empty();
        }
        String control = request.getHeader(HttpHeaders.CACHE_CONTROL);
        String pragma = request.getHeader("Pragma");
        if (control != null && PRIVATE.matcher(control.toLowerCase()).find()
                || pragma != null && pragma.toLowerCase().contains("no-cache")) {
            return Optional.empty();
        }
        return Optional.of(new Key(upstream, request.uri(), String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT_ENCODING)), origin));
    }

    /** Whether an answer of this many bytes would be kept. */
    public boolean fits(long length) {
        return length <= maxEntryBytes;
    }

    public synchronized Optional<Entry> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Keeps a 200 whose service allows shared caching; returns whether it did. Answers without an ETag, a
     * {@code max-age} or a known small length, or that set cookies, are not kept.
     */
    public boolean offer(Key key, int status, MultiMap headers, Buffer body, long now) {
        String control = headers.get(HttpHeaders.CACHE_CONTROL);
        String etag = headers.get(HttpHeaders.ETAG);
        if (status != 200 || control == null || etag == null || headers.contains(HttpHeaders.SET_COOKIE)
                || !control.toLowerCase().contains("public") || PRIVATE.matcher(control.toLowerCase()).find()
                || body.length() > maxEntryBytes) {
            return false;
        }
        Matcher age = MAX_AGE.matcher(control.toLowerCase());
        if (!age.find()) {
            return false;
        }
        store(new Entry(key, status, MultiMap.caseInsensitiveMultiMap().addAll(headers), body.copy(), etag, now,
                Long.parseLong(age.group(1)) * 1000));
        return true;
    }

    /** The service said the stored answer still holds (304): it is fresh again. */
    public synchronized void revalidated(Entry entry, long now) {
        if (entries.get(entry.key()) == entry) {
            entries.put(entry.key(), entry.revalidated(now));
        }
    }

    /** A write to an upstream: nothing cached from it can be trusted any more. */
    public synchronized void invalidate(String upstream) {
        Iterator<Map.Entry<Key, Entry>> all = entries.entrySet().iterator();
        while (all.hasNext()) {
            Entry entry = all.next().getValue();
            if (entry.key().upstream().equals(upstream)) {
                bytes -= size(entry);
                all.remove();
            }
        }
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized int size() {
        return entries.size();
    }

    private synchronized void store(Entry entry) {
        Entry previous = entries.put(entry.key(), entry);
        if (previous != null) {
            bytes -= size(previous);
        }
        bytes += size(entry);
        Iterator<Map.Entry<Key, Entry>> oldest = entries.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            bytes -= size(oldest.next().getValue());
            oldest.remove();
        }
    }

    /** The body and a generous allowance for the key and headers. */
    private static long size(Entry entry) {
        return entry.body().length() + 1024L + entry.key().target().length();
    }
}
