package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

import org.healthequity.common.csv.CsvReader;
import org.healthequity.indicators.statistics.Estimate;
import org.healthequity.indicators.statistics.WilsonProportion;
import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportResourceTest {

    private static String sample() {
        try (InputStream in = ImportResourceTest.class.getResourceAsStream(
                "/fingertips/campylobacter_93356_county_ua.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void defineTheSamplesIndicator() {
        Indicators.campylobacter();
    }

    @Test
    @Order(1)
    void aFingertipsDownloadImportsAsItComesAndAgainChangesNothing() {
        String csv = sample();
        List<List<String>> rows = CsvReader.readAll(csv);
        int dataRows = rows.size() - 1;
        assertThat(rows.get(1).get(1)).as("the sample's indicator name has a line break inside quotes")
                .contains("\n");

        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv)
                .queryParam("source", "OHID Fingertips sample")
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/imports/"))
                .body("result", equalTo("COMMITTED"))
                .body("rowsRead", equalTo(dataRows))
                .body("created", equalTo(dataRows))
                .body("rejected", equalTo(0));

        given().queryParam("indicator", 93356).queryParam("area", "E06000032").queryParam("period", "2015")
                .queryParam("age", "All ages")
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", equalTo(82.4367751851334f))
                .body("items[0].lowerCi95", equalTo(70.7391747235154f))
                .body("items[0].limitsSource", equalTo("SUPPLIED"))
                .body("items[0].count", equalTo(177.0f))
                .body("items[0].reported.comparedToEngland", equalTo("SIMILAR"))
                .body("items[0].period.sortKey", equalTo(20150000));
        given().when().get("/api/v1/areas/E06000053")
                .then().statusCode(200)
                .body("name", equalTo("Isles of Scilly"))
                .body("parentCode", equalTo("E12000009"));

        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv)
                .queryParam("source", "OHID Fingertips sample")
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(dataRows))
                .body("areasCreated", equalTo(0));
    }

    @Test
    void anExportImportsBackUnchanged() {
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(sample())
                .queryParam("source", "OHID Fingertips sample")
                .when().post("/api/v1/imports").then().statusCode(201);
        String exported = given().accept("text/csv").queryParam("indicator", 93356)
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        List<List<String>> rows = CsvReader.readAll(exported);
        assertThat(rows.get(0)).startsWith("Indicator ID", "Indicator Name", "Parent Code", "Parent Name",
                "Area Code", "Area Name", "Area Type", "Sex", "Age", "Category Type", "Category", "Time period",
                "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Lower CI 99.8 limit", "Upper CI 99.8 limit",
                "Count", "Denominator", "Value note", "Recent Trend", "Compared to England value or percentiles");
        assertThat(rows.get(0).get(22)).matches("Compared to .+ value or percentiles");
        assertThat(rows).hasSize(CsvReader.readAll(sample()).size());
        List<String> luton2015 = rows.stream()
                .filter(row -> row.get(4).equals("E06000032") && row.get(8).equals("All ages")
                        && row.get(11).equals("2015"))
                .findFirst().orElseThrow();
        assertThat(luton2015.get(12)).isEqualTo("82.4367751851334");
        assertThat(luton2015.get(21)).as("computed against England's 94.73").isEqualTo("Similar");

        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(exported)
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(rows.size() - 1));
    }

    @Test
    void aFileThatStartsNewAndThenMeetsStoredRowsIsMergedAfterAll() {
        int indicator = Indicators.percentage("Fallback to merge indicator");
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv")
                .body("Indicator ID,Area Code,Time period,Value\n" + indicator + ",E06000032,2019,10\n" + indicator
                        + ",E06000032,2020,11\n")
                .when().post("/api/v1/imports")
                .then().statusCode(201).body("created", equalTo(2));
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv")
                .body("Indicator ID,Area Code,Time period,Value\n" + indicator + ",E06000032,2021,12\n" + indicator
                        + ",E06000032,2019,10.5\n" + indicator + ",E06000032,2020,11\n")
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .body("created", equalTo(1))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1));
        given().queryParam("indicator", indicator).queryParam("period", "2019")
                .when().get("/api/v1/observations")
                .then().body("items[0].value", equalTo(10.5f));
    }

    @Test
    void aDryRunCountsButStoresNothing() {
        int indicator = Indicators.percentage("Dry run test indicator");
        String body = "[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":\"2023\","
                + "\"value\":12.5}]";
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body)
                .queryParam("dryRun", "true")
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("result", equalTo("DRY_RUN"))
                .body("created", equalTo(1))
                .body("id", nullValue());
        given().queryParam("indicator", indicator)
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void oneInvalidRowRejectsTheWholeImportAndSaysWhereAndWhy() {
        int indicator = Indicators.percentage("All or nothing test indicator");
        String csv = "Indicator ID,Area Code,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit\n"
                + indicator + ",E06000032,2021,10,8,12\n"
                + indicator + ",E06000032,2022,5340,5000,5600\n"
                + indicator + ",E06000032,2023,10,11,12\n"
                + indicator + ",E06000032,last year,10,,\n"
                + "99999999,E06000032,2023,10,,\n"
                + indicator + ",E06000032,2021,9,8,12\n";
        var rejected = given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv)
                .when().post("/api/v1/imports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hes:problem:validation-failed"))
                .body("status", equalTo(422))
                .body("created", equalTo(0))
                .body("rejected", equalTo(5))
                .body("errors.find { it.row == 2 }.field", equalTo("Value"))
                .body("errors.find { it.row == 2 }.code", equalTo("out_of_range"))
                .body("errors.find { it.row == 3 }.code", equalTo("value_outside_interval"))
                .body("errors.find { it.row == 4 }.field", equalTo("Time period"))
                .body("errors.find { it.row == 5 }.code", equalTo("unknown_indicator"))
                .body("errors.find { it.row == 6 }.code", equalTo("duplicate_row"))
                .extract();
        given().queryParam("indicator", indicator)
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/imports/{id}", rejected.<Integer>path("id"))
                .then().statusCode(200)
                .body("result", equalTo("REJECTED"))
                .body("errorCount", equalTo(5));
    }

    @Test
    void everyErrorIsCountedAndTheFirstThousandReported() {
        StringBuilder body = new StringBuilder("[");
        for (int row = 1; row <= 2500; row++) {
            body.append(row == 1 ? "" : ",").append("{\"indicatorId\":1,\"areaCode\":\"E06000032\",\"period\":\"")
                    .append(1900 + row % 300).append("\",\"value\":1}");
        }
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body.append(']').toString())
                .when().post("/api/v1/imports")
                .then().statusCode(422)
                .body("errorCount", equalTo(2500))
                .body("errors", hasSize(1000))
                .body("errors[999].row", equalTo(1000));
    }

    @Test
    void fieldsNoObservationHasAreSkippedUnreadAndAContainerWhereANumberBelongsIsARowError() {
        int indicator = Indicators.percentage("Skipped fields indicator");
        String junk = "[" + "1,".repeat(50_000) + "1]";
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":{\"label\":"
                        + "\"2023\",\"type\":\"CALENDAR_YEAR\"},\"junk\":" + junk + ",\"value\":12.5,"
                        + "\"reported\":{\"trend\":\"Increasing\",\"extra\":{\"deep\":[1,2]}}}]")
                .when().post("/api/v1/imports")
                .then().statusCode(201).body("created", equalTo(1));
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":\"2022\","
                        + "\"value\":[1,2]}]")
                .when().post("/api/v1/imports")
                .then().statusCode(422).body("errors[0].field", equalTo("value"));
    }

    @Test
    void anElementLargerThanAnyObservationIsRefusedAsMalformed() {
        String huge = "[{\"indicatorId\":1,\"areaCode\":\"E06000032\",\"period\":\"2023\",\"valueNote\":\""
                + "x".repeat(20_000) + "\"}]";
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json");
        StringBuilder wide = new StringBuilder("[{\"indicatorId\":1");
        for (int field = 0; field < 300; field++) {
            wide.append(",\"field").append(field).append("\":1");
        }
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(wide.append("}]").toString())
                .when().post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("more than 200 fields"));
        String deep = "[" + "{\"a\":".repeat(50) + "1" + "}".repeat(50) + "]";
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(deep)
                .when().post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void validOnlyStoresTheGoodRowsAndReportsTheRest() {
        int indicator = Indicators.percentage("Valid only test indicator");
        String body = "[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":\"2022/23\","
                + "\"value\":41.4},{\"indicatorId\":" + indicator + ",\"areaCode\":\"E12000006\",\"period\":"
                + "\"2022/23\",\"value\":5340.0}]";
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body)
                .queryParam("mode", "VALID_ONLY")
                .when().post("/api/v1/imports")
                .then().statusCode(201)
                .body("created", equalTo(1))
                .body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].field", equalTo("value"))
                .body("errors[0].message", containsString("5340"));
    }

    @Test
    void countsWithoutLimitsGetLimitsComputedByTheValueType() {
        int indicator = Indicators.percentage("Computed limits test indicator");
        String body = "[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":\"2023\","
                + "\"count\":30,\"denominator\":100}]";
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/imports")
                .then().statusCode(201);
        Estimate expected = new WilsonProportion().estimate(new WilsonProportion.Input(30, 100, 100), 0.95);
        Estimate expected998 = new WilsonProportion().estimate(new WilsonProportion.Input(30, 100, 100), 0.998);
        given().queryParam("indicator", indicator)
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .body("items[0].value", equalTo(30.0f))
                .body("items[0].limitsSource", equalTo("COMPUTED"))
                .body("items[0].lowerCi95", equalTo(expected.lowerCi().floatValue()))
                .body("items[0].upperCi998", equalTo(expected998.upperCi().floatValue()));
    }

    @Test
    void textAndNumbersArriveExactlyAsSentWhetherNewOrMerged() {
        int indicator = Indicators.percentage("Exact text test indicator");
        String note = "Données provisoires – tab\there, back\\slash, line\nbreak, \uD835\uDFD9";
        double value = 12.345678901234567;
        importOne(indicator, note, value).body("created", equalTo(1));
        assertStored(indicator, note, value);
        // Stored rows go through staging and the merge: the same text must survive that path too.
        String revised = note + " (revised)";
        importOne(indicator, revised, 0.1 + 0.2).body("updated", equalTo(1));
        assertStored(indicator, revised, 0.1 + 0.2);
    }

    private static ValidatableResponse importOne(int indicator, String note, double value) {
        return given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body(List.of(Map.of("indicatorId", indicator, "areaCode", "E06000032", "period", "2023",
                        "value", value, "valueNote", note)))
                .when().post("/api/v1/imports")
                .then().statusCode(201);
    }

    private static void assertStored(int indicator, String note, double value) {
        JsonPath stored = given().queryParam("indicator", indicator)
                .when().get("/api/v1/observations")
                .then().statusCode(200)
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertThat(stored.getString("items[0].valueNote")).isEqualTo(note);
        assertThat(stored.getDouble("items[0].value")).isEqualTo(value);
    }

    @Test
    void aProportionsCountCannotExceedItsDenominator() {
        int indicator = Indicators.percentage("Count above denominator test indicator");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":\"2023\","
                        + "\"count\":130,\"denominator\":100}]")
                .when().post("/api/v1/imports")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("count"))
                .body("errors[0].code", equalTo("exceeds_denominator"));
    }

    @Test
    void onlyAnalystsAndAdminsImport() {
        String body = "[]";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/imports").then().statusCode(401);
        given().auth().oauth2(TestTokens.viewer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/imports").then().statusCode(403);
        given().auth().oauth2(TestTokens.partner("partner-elft", "elft")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/imports").then().statusCode(403);
    }

    @Test
    void unreadableUploadsAreBadRequests() {
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv")
                .body("Indicator ID,Area Code,Time period,Value\n1,\"E06000032,2023,1\n")
                .when().post("/api/v1/imports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not closed"));
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv")
                .body("Indicator,Area,When\n1,E06000032,2023\n")
                .when().post("/api/v1/imports")
                .then().statusCode(400)
                .body("errors.field", hasItem("Indicator ID"));
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body("{\"not\":\"an array\"}")
                .when().post("/api/v1/imports")
                .then().statusCode(400);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.XML).body("<rows/>")
                .when().post("/api/v1/imports")
                .then().statusCode(415);
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/imports")
                .then().statusCode(422)
                .body("errors[0].code", equalTo("empty"));
    }

    @Test
    void importRecordsAreReadable() {
        int indicator = Indicators.percentage("Record test indicator");
        String location = given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000032\",\"period\":\"2023\","
                        + "\"value\":1}]")
                .when().post("/api/v1/imports")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(TestTokens.viewer()).when().get(location)
                .then().statusCode(200)
                .body("result", equalTo("COMMITTED"))
                .body("created", equalTo(1))
                .body("createdBy", equalTo("analyst"))
                .body("sha256", notNullValue())
                .body("format", equalTo("JSON"));
        given().when().get(location).then().statusCode(401);
    }

    @Test
    void newAreasNeedACompleteDescription() {
        int indicator = Indicators.percentage("Unknown area test indicator");
        given().auth().oauth2(Indicators.analyst()).contentType(ContentType.JSON)
                .body("[{\"indicatorId\":" + indicator + ",\"areaCode\":\"E06000099\",\"period\":\"2023\","
                        + "\"value\":1}]")
                .when().post("/api/v1/imports")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("areaCode"))
                .body("errors[0].code", equalTo("unknown_area"));
    }
}
