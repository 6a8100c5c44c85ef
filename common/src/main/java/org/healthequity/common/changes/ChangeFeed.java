package org.healthequity.common.changes;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.UriInfo;

import org.healthequity.common.http.QueryParams;
import org.healthequity.common.problem.ApiException;

import io.agroal.api.AgroalDataSource;

/**
 * Reads a service's change feed ({@link ChangeFeedSchema}). Events are handed out in the order of their transaction
 * id, then their position, and only from transactions older than every transaction still running: a transaction
 * that began earlier but commits later can then never land behind a cursor already handed out, so a reader that
 * carries on from its {@code next} neither skips nor repeats an event. The price is that a long write (a large
 * import) holds back the events of writes that began after it until it ends.
 */
@Singleton
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;
    /** How every service's feed is read, for its contract. */
    public static final String HOW_TO_READ = "The way to refresh incrementally: start without since, apply the "
            + "items in order, store next, and ask again with since=next (at once while more is true). Each item is "
            + "an upsert (read its link for the state now) or a deletion. No event is skipped or repeated, even "
            + "under concurrent writes; a write shows once every write that began before it has finished. ";

    private static final String READ = """
            SELECT position, xid::text, type, resource_id, action, changed_at, link FROM change_event
            WHERE (xid, position) > (?::text::xid8, ?) AND xid < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY xid, position LIMIT ?""";
    private static final String HORIZON = """
            SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint,
                   (SELECT last_value FROM change_event_position_seq)""";

    private final Instance<AgroalDataSource> dataSource;

    ChangeFeed(Instance<AgroalDataSource> dataSource) {
        this.dataSource = dataSource;
    }

    public ChangePage read(String since, String limit, UriInfo uriInfo) {
        ChangeCursor cursor = ChangeCursor.parse(since);
        Integer asked = QueryParams.integer("limit", limit);
        int size = asked == null ? DEFAULT_LIMIT : asked;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badParameter("limit", "limit is from 1 to " + MAX_LIMIT);
        }
        URI base = uriInfo.getBaseUri();
        List<Change> items = new ArrayList<>();
        ChangeCursor next = cursor;
        try (Connection connection = dataSource.get().getConnection()) {
            refuseFutureCursor(connection, cursor);
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setString(1, Long.toString(cursor.transaction()));
                read.setLong(2, cursor.position());
                read.setInt(3, size + 1);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        if (items.size() == size) {
                            return page(items, next, true, uriInfo);
                        }
                        next = new ChangeCursor(Long.parseLong(rows.getString(2)), rows.getLong(1));
                        items.add(new Change(rows.getString(3), rows.getString(4),
                                Change.Action.valueOf(rows.getString(5)), rows.getObject(6, OffsetDateTime.class),
                                base.resolve(rows.getString(7)).toString()));
                    }
                    return page(items, next, false, uriInfo);
                }
            }
        } catch (SQLException e) {
            throw ApiException.unavailable("The change feed cannot be read now");
        }
    }

    private static ChangePage page(List<Change> items, ChangeCursor next, boolean more, UriInfo uriInfo) {
        return new ChangePage(items, next.toString(), more, new ChangePage.Links(uriInfo.getRequestUri().toString(),
                uriInfo.getRequestUriBuilder().replaceQueryParam("since", next.toString()).build().toString()));
    }

    /** A cursor no answer could have given: a transaction not yet begun, or a position not yet reached. */
    private static void refuseFutureCursor(Connection connection, ChangeCursor cursor) throws SQLException {
        try (PreparedStatement horizon = connection.prepareStatement(HORIZON);
                ResultSet row = horizon.executeQuery()) {
            row.next();
            if (cursor.transaction() >= row.getLong(1) || cursor.position() > row.getLong(2)) {
                throw ApiException.badParameter("since", "since is ahead of this feed: send the 'next' of an "
                        + "earlier answer, or nothing to start from the beginning");
            }
        }
    }
}
