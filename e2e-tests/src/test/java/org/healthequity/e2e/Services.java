package org.healthequity.e2e;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The three services of the running stack: where each is, its contract, and a fingerprint of what it stores. */
final class Services {

    static final List<String> NAMES = List.of("indicators", "workstreams", "evaluation");

    private Services() {
    }

    /** The service that serves a path, as the gateway's route table says, on its own port. */
    static String urlFor(String path) {
        return url(nameFor(path));
    }

    static String nameFor(String path) {
        if (path.matches("/api/v1/(principles|indicators|areas|area-groups|observations|scorecards|methods|imports"
                + "|inequalities|charts|changes/indicators)(/.*)?")) {
            return "indicators";
        }
        if (path.matches("/api/v1/(evaluations|findings|recommendations|impacts|achievements|next-steps|reports"
                + "|changes/evaluation|delivery|timeline)(/.*)?")) {
            return "evaluation";
        }
        return "workstreams";
    }

    static String url(String name) {
        var ports = StackExtension.config().ports();
        int port = switch (name) {
            case "indicators" -> ports.indicators();
            case "evaluation" -> ports.evaluation();
            default -> ports.workstreams();
        };
        return "http://localhost:" + port;
    }

    /** The service's own contract, as it serves it. */
    static Map<String, Object> contract(String name) {
        return given().baseUri(url(name)).when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("");
    }

    /** A digest of every row of every table in the service's schema: equal digests, equal stored state. */
    static String fingerprint(String name) {
        var config = StackExtension.config();
        try (Connection connection = DriverManager.getConnection(config.databaseUrl(), config.databaseUser(),
                config.databasePassword()); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = '" + name + "' AND table_type = 'BASE TABLE' "
                    // The write counter behind ETags may move on a statement that changed nothing; it is not data.
                    + "AND table_name <> 'data_version' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            StringBuilder digest = new StringBuilder();
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(md5(t::text), "
                        + "'' ORDER BY md5(t::text)), '')) FROM " + name + ".\"" + table + "\" t")) {
                    rows.next();
                    digest.append(table).append('=').append(rows.getLong(1)).append(':').append(rows.getString(2))
                            .append('\n');
                }
            }
            return digest.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the " + name + " schema: " + e.getMessage(), e);
        }
    }
}
