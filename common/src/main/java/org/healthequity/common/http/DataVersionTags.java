package org.healthequity.common.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.healthequity.common.csv.CsvMetadata;
import org.healthequity.common.security.Caller;
import org.healthequity.conventions.HttpDates;

import io.agroal.api.AgroalDataSource;

/**
 * Strong ETags for the reads whose answers are built from many rows (lists, CSV, scorecards), derived from the data
 * they were built from: the service's data version, a counter its write triggers raise with every statement that
 * changes a table ({@code data_version}), read before the answer is built. The tag hashes that version with what
 * else shapes the answer (the path and query, {@code Accept}, the caller's standing, the day) and a secret of this
 * process; a matching {@code If-None-Match} is answered 304 before the resource runs, so nothing is rebuilt. A read
 * that sets its own ETag (an item's stored version) keeps it. On for the services that have the table
 * ({@code hes.http.data-version-tags}); reads composed with other services' data are marked {@link ComposedRead}
 * and left to {@link ComposedTags}.
 *
 * <p>The same reads carry {@code Last-Modified}: the last change's commit time rounded up to the second (or the
 * start of the day, when the tag's day is later), and answer 304 to an {@code If-Modified-Since} at or after it when
 * no {@code If-None-Match} is sent (RFC 9110 §13.1.3). HTTP dates have whole seconds, so a read in the same second as
 * the last change gets no {@code Last-Modified}: a second change in that second would otherwise carry the same date.
 */
@Singleton
public class DataVersionTags {

    static final String TAG = DataVersionTags.class.getName() + ".tag";
    static final String LAST_MODIFIED = DataVersionTags.class.getName() + ".lastModified";
    public static final String IF_MODIFIED_SINCE = "If-Modified-Since";

    /** What the database says of its data: the version, when it last changed, and its clock now. */
    private record Version(long number, Instant changedAt, Instant now) {
    }

    /**
     * The Last-Modified of answers built from data last changed at {@code changedAt}, read at {@code now}: rounded up
     * to the second, or the start of the day when that is later (the tag changes with the day); none while the change
     * is in the current second.
     */
    static Optional<Instant> lastModified(Instant changedAt, Instant now) {
        Instant rounded = changedAt.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        if (now.isBefore(rounded)) {
            return Optional.empty();
        }
        Instant dayStarted = now.truncatedTo(ChronoUnit.DAYS);
        return Optional.of(rounded.isAfter(dayStarted) ? rounded : dayStarted);
    }

    private final boolean enabled;
    private final Instance<AgroalDataSource> dataSource;
    private final byte[] secret = new byte[16];

    @Inject
    DataVersionTags(@ConfigProperty(name = "hes.http.data-version-tags", defaultValue = "false") boolean enabled,
            Instance<AgroalDataSource> dataSource) {
        this.enabled = enabled;
        this.dataSource = dataSource;
        new SecureRandom().nextBytes(secret);
    }

    @ServerRequestFilter
    public Optional<Response> notModified(ContainerRequestContext request, ResourceInfo resource) {
        if (!enabled || !request.getMethod().equals(HttpMethod.GET) || resource.getResourceMethod() == null
                || resource.getResourceMethod().isAnnotationPresent(ComposedRead.class)) {
            return Optional.empty();
        }
        Optional<Version> version = version();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String tag = "\"" + digest(version.get().number(), request) + "\"";
        request.setProperty(TAG, tag);
        Optional<Instant> lastModified = lastModified(version.get().changedAt(), version.get().now());
        lastModified.ifPresent(time -> request.setProperty(LAST_MODIFIED, HttpDates.format(time)));
        String condition = request.getHeaderString(ConditionalRequests.IF_NONE_MATCH);
        boolean notModified = condition != null ? ConditionalRequests.matches(condition, tag)
                : lastModified.isPresent() && HttpDates.notModifiedSince(request.getHeaderString(IF_MODIFIED_SINCE),
                        lastModified.get(), version.get().now());
        if (notModified) {
            // The tag is already quoted: notModified(String) would quote it again.
            Response.ResponseBuilder answer = Response.notModified().header(HttpHeaders.ETAG, tag);
            lastModified.ifPresent(time -> answer.header(HttpHeaders.LAST_MODIFIED, HttpDates.format(time)));
            return Optional.of(answer.build());
        }
        return Optional.empty();
    }

    @ServerResponseFilter(priority = 1)
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(TAG);
        if (tag == null || response.getStatus() != 200) {
            return;
        }
        if (!response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        Object lastModified = request.getProperty(LAST_MODIFIED);
        if (lastModified != null && !response.getHeaders().containsKey(HttpHeaders.LAST_MODIFIED)) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, lastModified);
        }
    }


    /** The service's data version now, read before an answer is built from it; empty when it cannot be read. */
    public OptionalLong current() {
        return version().map(found -> OptionalLong.of(found.number())).orElseGet(OptionalLong::empty);
    }

    /** Empty when the database cannot say: the read then goes ahead untagged and meets the outage itself. */
    private Optional<Version> version() {
        try (Connection connection = dataSource.get().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT version, changed_at, clock_timestamp() FROM data_version")) {
            return result.next() ? Optional.of(new Version(result.getLong(1),
                    result.getObject(2, OffsetDateTime.class).toInstant(),
                    result.getObject(3, OffsetDateTime.class).toInstant())) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private String digest(long version, ContainerRequestContext request) {
        // A CSV's description is answered by the CSV's resource: the address asked for keeps their tags apart.
        Object asked = request.getProperty(CsvMetadata.ORIGINAL_URI);
        return digest(secret, List.of(Long.toString(version), LocalDate.now(ZoneOffset.UTC).toString(),
                String.valueOf(asked), request.getUriInfo().getRequestUri().getRawPath(),
                String.valueOf(request.getUriInfo().getRequestUri().getRawQuery()),
                String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)), Caller.currentStanding()));
    }

    /** An entity tag's opaque part: the digest of a process secret and the parts, each kept apart from the next. */
    static String digest(byte[] secret, List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret);
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
