package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import org.healthequity.testing.EmbeddedPostgresResource;

/** The change feed: upserts and deletions in order, paged, and never a skipped or repeated event. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ChangeFeedTest {

    private static final String FEED = "/api/v1/changes/indicators";

    @Inject
    AgroalDataSource dataSource;

    record Event(String cursor, String type, String id, String action, String link) {
    }

    @Test
    void aReaderFromTheBeginningSeesWhatExistedBeforeTheFeed() {
        List<Event> all = readAll("0-0", 1000);
        assertThat(all).filteredOn(event -> event.type().equals("principle")).extracting(Event::id)
                .contains("0", "1", "8");
        assertThat(all).filteredOn(event -> event.id().equals("E06000032")).extracting(Event::link)
                .first().asString().endsWith("/api/v1/areas/E06000032");
    }

    @Test
    void writesAndDeletionsArriveInOrderWithTheirLinks() {
        String start = latest();
        int indicator = Indicators.percentage("Feed indicator");
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv")
                .body("Indicator ID,Area Code,Sex,Age,Time period,Value,Count,Denominator\r\n"
                        + indicator + ",E06000032,Persons,All ages,2021,,300,1000\r\n"
                        + indicator + ",E06000032,Persons,All ages,2022,,200,1000\r\n")
                .when().post("/api/v1/imports").then().statusCode(201);
        int unused = Indicators.percentage("Feed indicator to delete");
        String unusedTag = given().when().get("/api/v1/indicators/{id}", unused).then().extract().header("ETag");
        given().auth().oauth2(Indicators.analyst()).header("If-Match", unusedTag)
                .when().delete("/api/v1/indicators/{id}", unused).then().statusCode(204);

        List<Event> events = readAll(start, 1000);
        assertThat(events).extracting(event -> event.type() + " " + event.id() + " " + event.action())
                .containsSubsequence("indicator " + indicator + " UPSERT",
                        "observations " + indicator + " UPSERT",
                        "indicator " + unused + " UPSERT", "indicator " + unused + " DELETE");
        assertThat(events).filteredOn(event -> event.type().equals("observations")).singleElement()
                .extracting(Event::link).asString().endsWith("/api/v1/observations?indicator=" + indicator);
    }

    @Test
    void pagesWalkTheSameEventsAsOneRead() {
        Indicators.percentage("Paged feed indicator one");
        Indicators.percentage("Paged feed indicator two");
        List<Event> whole = readAll("0-0", 1000);
        List<Event> paged = readAll("0-0", 3);
        assertThat(paged).isEqualTo(whole);
    }

    /**
     * A transaction that began first and commits last: its event must not be skipped by a reader who already read
     * past the later one. The held transaction takes its id first, as a long import does.
     */
    @Test
    void anEarlierTransactionCommittingLaterIsNotSkipped() throws Exception {
        String start = latest();
        List<Event> seen = new ArrayList<>();
        String cursor = start;
        int later;
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (Statement statement = held.createStatement()) {
                statement.execute("SELECT pg_current_xact_id()");
                later = Indicators.percentage("Committed while another write is open");
                cursor = readInto(seen, cursor);
                assertThat(seen).extracting(Event::id).doesNotContain(Integer.toString(later));
                statement.executeUpdate("UPDATE principle SET title = title WHERE id = 7");
            }
            held.commit();
        }
        readInto(seen, cursor);
        assertThat(seen).extracting(event -> event.type() + " " + event.id())
                .containsSubsequence("principle 7", "indicator " + later).doesNotHaveDuplicates();
    }

    @Test
    void concurrentWritersAreSeenExactlyOnceByAReaderPollingThroughout() throws Exception {
        String start = latest();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Integer> created = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> work = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
            int number = writer;
            work.add(writers.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    int id = Indicators.percentage("Concurrent " + number + "-" + i);
                    created.add(id);
                    if (i % 3 == 0) {
                        String tag = given().when().get("/api/v1/indicators/{id}", id).then().extract()
                                .header("ETag");
                        given().auth().oauth2(Indicators.analyst()).header("If-Match", tag)
                                .when().delete("/api/v1/indicators/{id}", id).then().statusCode(204);
                    }
                }
                return null;
            }));
        }
        List<Event> seen = new ArrayList<>();
        String cursor = start;
        while (work.stream().anyMatch(each -> !each.isDone())) {
            cursor = readInto(seen, cursor);
        }
        writers.shutdown();
        for (Future<?> each : work) {
            each.get(1, TimeUnit.MINUTES);
        }
        readInto(seen, cursor);

        assertThat(seen).extracting(Event::cursor).doesNotHaveDuplicates();
        assertThat(seen).isEqualTo(readAll(start, 1000));
        Set<String> upserted = new HashSet<>();
        seen.stream().filter(event -> event.type().equals("indicator") && event.action().equals("UPSERT"))
                .forEach(event -> upserted.add(event.id()));
        assertThat(upserted).containsAll(created.stream().map(String::valueOf).toList());
        assertThat(seen).filteredOn(event -> event.action().equals("DELETE")).hasSize(16);
    }

    @Test
    void badCursorsAndLimitsAreProblemsNamingThem() {
        given().queryParam("since", "garbage").when().get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        given().queryParam("since", "999999999999-1").when().get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        given().queryParam("since", "1-999999999999").when().get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
        given().queryParam("limit", "0").when().get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "x").when().get(FEED).then().statusCode(400);
    }

    /** The cursor after everything there is now. */
    private String latest() {
        String cursor = "0-0";
        while (true) {
            JsonPath page = given().queryParam("since", cursor).queryParam("limit", 1000).when().get(FEED).then()
                    .statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }

    private List<Event> readAll(String since, int limit) {
        List<Event> events = new ArrayList<>();
        String cursor = since;
        boolean more = true;
        while (more) {
            JsonPath page = given().queryParam("since", cursor).queryParam("limit", limit).when().get(FEED).then()
                    .statusCode(200).extract().jsonPath();
            events.addAll(events(page));
            cursor = page.getString("next");
            more = page.getBoolean("more");
        }
        return events;
    }

    /** One read, its events added; returns the cursor to carry on from. */
    private String readInto(List<Event> seen, String cursor) {
        JsonPath page = given().queryParam("since", cursor).when().get(FEED).then().statusCode(200).extract()
                .jsonPath();
        seen.addAll(events(page));
        return page.getString("next");
    }

    private static List<Event> events(JsonPath page) {
        List<Event> events = new ArrayList<>();
        int count = page.getList("items").size();
        for (int i = 0; i < count; i++) {
            String item = "items[" + i + "].";
            events.add(new Event(page.getString(item + "link") + "#" + page.getString(item + "time"),
                    page.getString(item + "type"), page.getString(item + "id"), page.getString(item + "action"),
                    page.getString(item + "link")));
        }
        return events;
    }
}
