package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** A scheduled refresh costs a 304 when nothing changed; open data says how long it may be kept. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ConditionalRequestTest {

    @Test
    void aReadOfWhatTheCallerHoldsIsA304WithoutItsBody() {
        int id = Indicators.percentage("Conditional read");
        String etag = given().when().get("/api/v1/indicators/{id}", id).then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age=")).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/indicators/{id}", id)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        // Weak comparison, lists and * as RFC 9110 has them.
        given().header("If-None-Match", "\"999999\", W/" + etag).when().get("/api/v1/indicators/{id}", id)
                .then().statusCode(304);
        given().header("If-None-Match", "*").when().get("/api/v1/indicators/{id}", id).then().statusCode(304);
        given().header("If-None-Match", "\"999999\"").when().get("/api/v1/indicators/{id}", id)
                .then().statusCode(200).body("name", equalTo("Conditional read"));
    }

    @Test
    void aChangeIsSeenByTheNextConditionalRead() {
        int id = Indicators.percentage("Changes");
        String etag = given().when().get("/api/v1/indicators/{id}", id).then().extract().header("ETag");
        given().auth().oauth2(Indicators.analyst()).header("If-Match", etag).contentType("application/json")
                .body("{\"name\":\"Changed\",\"principle\":6,\"valueType\":\"PROPORTION\",\"multiplier\":100,"
                        + "\"polarity\":\"LOW_IS_GOOD\"}")
                .when().put("/api/v1/indicators/{id}", id).then().statusCode(200);
        given().header("If-None-Match", etag).when().get("/api/v1/indicators/{id}", id)
                .then().statusCode(200).body("name", equalTo("Changed"));
    }

    @Test
    void aMalformedConditionIsAProblemNamingIt() {
        for (String malformed : new String[] { "12", "\"unterminated", "W/", "\"a\" \"b\"", "\"a\",,\"b\"" }) {
            given().header("If-None-Match", malformed).when().get("/api/v1/principles")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("If-None-Match"));
        }
    }

    @Test
    void whatIsReadWithATokenIsPrivate() {
        given().auth().oauth2(TestTokens.viewer()).when().get("/api/v1/principles")
                .then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"))
                .header("Vary", containsString("Authorization"));
    }

    @Test
    void listsCsvAndScorecardsAreTaggedByTheDataTheyAreBuiltFromAndA304BuildsNothing() {
        Indicators.percentage("Tagged list");
        for (String path : new String[] { "/api/v1/indicators?pageSize=5", "/api/v1/scorecards/E92000001",
                "/api/v1/observations?format=csv&area=E92000001" }) {
            String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
            assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304).body(emptyString())
                    .header("ETag", equalTo(etag));
            // The same read in another media type or by another caller is another answer, with another tag.
            given().header("If-None-Match", etag).auth().oauth2(TestTokens.viewer()).when().get(path)
                    .then().statusCode(200);
        }
        String before = given().when().get("/api/v1/indicators?pageSize=5").then().extract().header("ETag");
        Indicators.percentage("A change to the data");
        given().header("If-None-Match", before).when().get("/api/v1/indicators?pageSize=5").then().statusCode(200);
        String after = given().when().get("/api/v1/indicators?pageSize=5").then().extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aReadOfDataChangedASecondAgoIsDatedAndIfModifiedSinceAnswers304UntilTheNextChange() throws Exception {
        Indicators.percentage("Dated");
        String path = "/api/v1/indicators?pageSize=5";
        String lastModified = dated(path);
        given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(304)
                .header("Last-Modified", equalTo(lastModified)).header("ETag", startsWith("\"")).body(emptyString());
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.parse(lastModified,
                DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1));
        given().header("If-Modified-Since", earlier).when().get(path).then().statusCode(200);
        // Not a date: ignored, as RFC 9110 says. If-None-Match, when sent, decides alone.
        given().header("If-Modified-Since", "yesterday").when().get(path).then().statusCode(200);
        given().header("If-Modified-Since", lastModified).header("If-None-Match", "\"other\"").when().get(path)
                .then().statusCode(200);
        Indicators.percentage("Changed after the date");
        given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(200);
        assertThat(dated(path)).isNotEqualTo(lastModified);
    }

    /** The read's Last-Modified, once the last change is old enough to be dated (the next whole second). */
    private static String dated(String path) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            String lastModified = given().when().get(path).then().statusCode(200).extract().header("Last-Modified");
            if (lastModified != null) {
                return lastModified;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No Last-Modified three seconds after the last change");
    }
}
