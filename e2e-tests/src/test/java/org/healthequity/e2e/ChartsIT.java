package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.restassured.http.ContentType;

/**
 * The charts in a real browser, through the gateway: headless Chromium opens each SVG as the public would, and the
 * test reads what the browser drew (a screenshot that is not blank) and the text it laid out (legend and axis labels).
 * The data is synthetic, imported by an analyst first: eight peer areas, Luton and England over four years, and a
 * deprivation breakdown.
 */
@ExtendWith(StackExtension.class)
class ChartsIT {

    private static final String LUTON = "E06000032";
    private static final int INDICATOR = 990_201;
    private static ChromeDriver browser;

    @BeforeAll
    static void importAndOpenBrowser() {
        String gateway = StackExtension.config().gatewayUrl();
        String analyst = Tokens.user("analyst");
        given().baseUri(gateway).auth().oauth2(analyst).contentType(ContentType.JSON)
                .body("{\"id\":" + INDICATOR + ",\"name\":\"End-to-end chart indicator\",\"principle\":2,"
                        + "\"valueType\":\"PROPORTION\",\"multiplier\":100,\"polarity\":\"HIGH_IS_GOOD\","
                        + "\"validMin\":0,\"validMax\":100,\"yearType\":\"CALENDAR\",\"unit\":\"%\"}")
                .when().post("/api/v1/indicators").then().statusCode(201);
        StringBuilder csv = new StringBuilder("Indicator ID,Area Code,Area Name,Area Type,Parent Code,Sex,Age,"
                + "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count,"
                + "Denominator\r\n");
        for (int i = 1; i <= 8; i++) {
            csv.append(INDICATOR).append(",E0699970").append(i).append(",Chart peer ").append(i)
                    .append(",County & UA,E12000006,Persons,All ages,,,2023,,,,").append(100 + 40 * i)
                    .append(",1000\r\n");
        }
        for (int year = 2020; year <= 2023; year++) {
            csv.append(INDICATOR).append(',').append(LUTON).append(",Luton,County & UA,E12000006,Persons,All ages,,,")
                    .append(year).append(",,,,").append(300 + 20 * (year - 2020)).append(",1000\r\n");
            csv.append(INDICATOR).append(",E92000001,England,England,,Persons,All ages,,,").append(year)
                    .append(",,,,300000,1000000\r\n");
        }
        List<String> quintiles = List.of("Most deprived quintile (IMD2019)", "Second most deprived quintile (IMD2019)",
                "Middle quintile (IMD2019)", "Second least deprived quintile (IMD2019)",
                "Least deprived quintile (IMD2019)");
        for (int q = 0; q < quintiles.size(); q++) {
            csv.append(INDICATOR).append(',').append(LUTON).append(",Luton,County & UA,E12000006,Persons,All ages,"
                    + "\"County & UA deprivation quintiles in England (IMD2019, 4/21 geography)\",\"")
                    .append(quintiles.get(q)).append("\",2023,,,,").append(250 + 30 * q).append(",1000\r\n");
        }
        given().baseUri(gateway).auth().oauth2(analyst).contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/imports").then().statusCode(201);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,900"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSpineChartShowsTheIndicatorAgainstEnglandWithItsLegend() throws IOException {
        List<String> text = open("/api/v1/charts/spine/" + LUTON, "spine");
        assertThat(text).contains("England", "Worst to best of England's areas",
                "Middle half (25th to 75th percentile)", "Luton: better than England",
                "Worse ← England (centre line) → Better", "End-to-end chart indicator (2023)");
    }

    @Test
    void theTrendShowsItsPeriodsBandAndComparators() throws IOException {
        List<String> text = open("/api/v1/charts/trend/" + LUTON + "?indicator=" + INDICATOR, "trend");
        assertThat(text).contains("End-to-end chart indicator", "Period", "2020", "2023",
                "Luton (band: 95% confidence interval)", "England");
        // The value axis's label is drawn turned on its side, which WebDriver does not read back as text.
        assertThat(browser.getPageSource()).contains("Value (%)");
    }

    @Test
    void theGradientShowsEachQuintileAndTheSlopeIndex() throws IOException {
        List<String> text = open("/api/v1/charts/inequalities/" + LUTON + "?indicator=" + INDICATOR, "gradient");
        assertThat(text).contains("Value (%)", "Luton overall", "95% confidence interval");
        assertThat(browser.getPageSource()).contains("Category (deprivation)");
        assertThat(String.join(" ", text)).contains("Most deprived").contains("slope index of inequality");
    }

    /** Opens a chart, keeps its screenshot, checks it is not blank, and returns the texts the browser laid out. */
    private static List<String> open(String path, String name) throws IOException {
        browser.get(StackExtension.config().gatewayUrl() + path);
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Path screenshots = Path.of(System.getProperty("hes.keycloak.unpack-directory"), "screenshots");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("chart-" + name + ".png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int drawn = 0;
        int sampled = 0;
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                sampled++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    drawn++;
                }
            }
        }
        assertThat(drawn).as("pixels the browser drew of " + sampled + " sampled").isGreaterThan(sampled / 50);
        return browser.findElements(By.tagName("text")).stream().map(WebElement::getText)
                .map(String::trim).filter(text -> !text.isEmpty()).toList();
    }
}
