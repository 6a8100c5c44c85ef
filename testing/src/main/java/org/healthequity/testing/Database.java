package org.healthequity.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

/** Looks at a service's database and migrations from its tests. */
public final class Database {

    private static final Pattern INSERT_INTO = Pattern.compile("INSERT INTO (\\w+)", Pattern.CASE_INSENSITIVE);

    private Database() {
    }

    /** The first column of the first row, as a number: {@code SELECT count(*) …}. */
    public static long number(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row, as text. */
    public static List<String> strings(DataSource dataSource, String sql) {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tables that the SQL migrations in a classpath folder ({@code /db/migration}) insert rows into. The Java
     * migrations there (the change feeds') write only their own events.
     */
    public static List<String> tablesWrittenByMigrations(Class<?> anchor, String folder) {
        try (Stream<Path> files = Files.list(Path.of(anchor.getResource(folder).toURI()))) {
            return files.filter(file -> file.toString().endsWith(".sql"))
                    .flatMap(file -> INSERT_INTO.matcher(read(file)).results()
                    .map(found -> found.group(1).toLowerCase(Locale.ROOT))).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
