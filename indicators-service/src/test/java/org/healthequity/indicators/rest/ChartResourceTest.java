package org.healthequity.indicators.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.EmbeddedPostgresResource;

/** Charts drawn from the open data: what they show, their formats and sizes, and what they refuse. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ChartResourceTest {

    private static final String LUTON = "E06000032";
    private static int indicator;

    @BeforeEach
    void importValues() {
        if (indicator != 0) {
            return;
        }
        indicator = Indicators.create("Chart indicator", "OTHER", "HIGH_IS_GOOD", 1, null, null);
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Area Name,Area Type,Parent Code,Sex,Age,"
                + "Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit\r\n");
        for (int i = 1; i <= 8; i++) {
            csv.append(indicator).append(",E0699980").append(i).append(",Chart peer ").append(i)
                    .append(",County & UA,E12000006,Persons,All ages,2022,").append(i).append(",,\r\n");
        }
        for (int year = 2019; year <= 2022; year++) {
            csv.append(indicator).append(',').append(LUTON).append(",Luton,County & UA,E12000006,Persons,All ages,")
                    .append(year).append(',').append(year - 2015.5).append(',').append(year - 2016.5).append(',')
                    .append(year - 2014.5).append("\r\n");
            csv.append(indicator).append(",E92000001,England,England,,Persons,All ages,").append(year)
                    .append(",4.5,4.4,4.6\r\n");
        }
        given().auth().oauth2(Indicators.analyst()).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);
    }

    @Test
    void theSpineChartHasARowPerIndicatorWithEnglandAndALegend() {
        String svg = given().when().get("/api/v1/charts/spine/{area}", LUTON)
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
        assertThat(svg).contains("<svg xmlns='http://www.w3.org/2000/svg'").contains("Spine chart: Luton")
                .contains("Chart indicator (2022)")
                .contains(">England<").contains("Worst to best of England")
                .contains("Luton: better than England")
                .contains("Worse ← England (centre line) → Better");
    }

    @Test
    void theTrendHasItsPeriodsItsBandAndItsComparators() {
        String svg = given().queryParam("indicator", indicator).when().get("/api/v1/charts/trend/{area}", LUTON)
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
        assertThat(svg).contains(">2019<").contains(">2022<").contains(">Period<")
                .contains("Luton (band: 95% confidence interval)").contains(">England<")
                .as("the value axis's label, turned on its side, is still text").contains(">Value<");
    }

    @Test
    void aPngIsAPictureOfTheSizeAskedFor() throws IOException {
        byte[] png = given().queryParam("indicator", indicator).queryParam("format", "png")
                .queryParam("width", 640).queryParam("height", 360)
                .when().get("/api/v1/charts/trend/{area}", LUTON)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        int coloured = 0;
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (rgb != 0xFFFFFF) {
                    coloured++;
                }
            }
        }
        assertThat(coloured).as("pixels drawn").isGreaterThan(500);
        given().accept("image/png").queryParam("indicator", indicator)
                .when().get("/api/v1/charts/trend/{area}", LUTON).then().statusCode(200).contentType("image/png");
    }

    @Test
    void withoutDataTheChartSaysWhy() {
        int empty = Indicators.percentage("Chart indicator without values");
        String svg = given().queryParam("indicator", empty).when().get("/api/v1/charts/trend/{area}", LUTON)
                .then().statusCode(200).extract().asString();
        assertThat(svg).contains("No published values of this indicator for Luton");
    }

    @Test
    void badRequestsAreProblemsNamingWhatIsWrong() {
        given().queryParam("indicator", indicator).queryParam("width", 20000)
                .when().get("/api/v1/charts/trend/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("width"));
        given().queryParam("width", "abc").when().get("/api/v1/charts/spine/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("width"));
        given().queryParam("height", 10).when().get("/api/v1/charts/spine/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("height"));
        given().queryParam("indicator", indicator).queryParam("format", "gif")
                .when().get("/api/v1/charts/trend/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().when().get("/api/v1/charts/trend/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("indicator"));
        given().queryParam("indicator", indicator).when().get("/api/v1/charts/trend/{area}", "E99999999")
                .then().statusCode(404);
        given().queryParam("indicator", 999_999_999).when().get("/api/v1/charts/trend/{area}", LUTON)
                .then().statusCode(404);
        given().queryParam("indicator", indicator).queryParam("comparators", "E92000001,nonsense")
                .when().get("/api/v1/charts/trend/{area}", LUTON)
                .then().statusCode(400).body("errors[0].field", equalTo("comparators"));
        given().queryParam("indicator", indicator).when().get("/api/v1/charts/inequalities/{area}", LUTON)
                .then().statusCode(404);
    }
}
