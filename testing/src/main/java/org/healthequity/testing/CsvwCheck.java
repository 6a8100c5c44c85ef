package org.healthequity.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * Checks that a CSV answer links its CSVW description and that the description names exactly the CSV's columns,
 * each with a datatype and a meaning, as JSON-LD in the CSVW context.
 */
public final class CsvwCheck {

    private static final Pattern DESCRIBED_BY = Pattern.compile("<([^>]+)>;\\s*rel=\"describedby\"");

    private CsvwCheck() {
    }

    /** The described columns' titles, after checking the description; fails with what is wrong. */
    public static List<String> describedColumns(Response csv, String token) {
        String link = csv.headers().getValues("Link").stream().map(DESCRIBED_BY::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("No Link rel=describedby on the CSV: " + csv.headers()));
        var request = given().urlEncodingEnabled(false);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        Response description = request.when().get(link);
        check(description.statusCode() == 200, "The description answered " + description.statusCode() + ": "
                + description.asString());
        check(description.contentType().startsWith("application/csvm+json"), "Content-Type "
                + description.contentType());
        check(description.header("ETag") != null, "The description has no ETag");
        Map<String, Object> document = description.jsonPath().getMap("$");
        check(String.valueOf(document.get("@context")).contains("http://www.w3.org/ns/csvw"), "No CSVW @context");
        check(String.valueOf(document.get("url")).contains("format=csv"), "url does not name the CSV: "
                + document.get("url"));
        List<Map<String, Object>> columns = description.jsonPath().getList("tableSchema.columns");
        List<String> titles = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String title = String.valueOf(column.get("titles"));
            check(column.get("name") != null && String.valueOf(column.get("name")).matches("[a-z_][a-z0-9_]*"),
                    "Column name " + column.get("name"));
            check(column.get("datatype") != null, "No datatype for " + title);
            String meaning = String.valueOf(column.get("dc:description"));
            check(!meaning.isBlank() && !meaning.contains("not described") && !meaning.contains("{}"),
                    "No meaning for " + title);
            titles.add(title);
        }
        String header = csv.asString().lines().findFirst().orElse("").replace("\uFEFF", "");
        check(String.join(",", titles).equals(header.replace("\"", "")), "Described " + titles + " but the header is "
                + header);
        return titles;
    }

    private static void check(boolean holds, String otherwise) {
        if (!holds) {
            throw new AssertionError(otherwise);
        }
    }
}
