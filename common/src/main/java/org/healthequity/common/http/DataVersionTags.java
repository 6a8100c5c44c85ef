package org.healthequity.common.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.healthequity.common.csv.CsvMetadata;

import io.agroal.api.AgroalDataSource;

/**
 * Strong ETags for the reads whose answers are built from many rows (lists, CSV, scorecards), derived from the data
 * they were built from: the service's data version, a counter its write triggers raise with every statement that
 * changes a table ({@code data_version}), read before the answer is built. The tag hashes that version with what
 * else shapes the answer (the path and query, {@code Accept}, the caller's token, the day) and a secret of this
 * process; a matching {@code If-None-Match} is answered 304 before the resource runs, so nothing is rebuilt. A read
 * that sets its own ETag (an item's stored version) keeps it. On for the services that have the table
 * ({@code hes.http.data-version-tags}).
 */
@Singleton
public class DataVersionTags {

    static final String TAG = DataVersionTags.class.getName() + ".tag";

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
    public Optional<Response> notModified(ContainerRequestContext request) {
        if (!enabled || !request.getMethod().equals(HttpMethod.GET)) {
            return Optional.empty();
        }
        Optional<Long> version = version();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String tag = "\"" + digest(version.get(), request) + "\"";
        request.setProperty(TAG, tag);
        String condition = request.getHeaderString(ConditionalRequests.IF_NONE_MATCH);
        if (condition != null && ConditionalRequests.matches(condition, tag)) {
            return Optional.of(Response.notModified(tag).build());
        }
        return Optional.empty();
    }

    @ServerResponseFilter(priority = 1)
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        Object tag = request.getProperty(TAG);
        if (tag != null && response.getStatus() == 200 && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
    }

    /** Empty when the database cannot say: the read then goes ahead untagged and meets the outage itself. */
    private Optional<Long> version() {
        try (Connection connection = dataSource.get().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version FROM data_version")) {
            return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private String digest(long version, ContainerRequestContext request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret);
            // A CSV's description is answered by the CSV's resource: the address asked for keeps their tags apart.
            Object asked = request.getProperty(CsvMetadata.ORIGINAL_URI);
            for (String part : new String[] { Long.toString(version), LocalDate.now(ZoneOffset.UTC).toString(),
                    String.valueOf(asked),
                    request.getUriInfo().getRequestUri().getRawPath(),
                    String.valueOf(request.getUriInfo().getRequestUri().getRawQuery()),
                    String.valueOf(request.getHeaderString(HttpHeaders.ACCEPT)),
                    String.valueOf(request.getHeaderString(HttpHeaders.AUTHORIZATION)) }) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
