package org.healthequity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser: headless Chromium opens the Swagger UI through the gateway, logs in on Keycloak's own
 * login page as {@code analyst} (authorization code with PKCE), tries an operation that needs a token, and sees 200.
 */
@ExtendWith(StackExtension.class)
class SwaggerUiIT {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        Path screenshots = Path.of(System.getProperty("hes.keycloak.unpack-directory"), "screenshots");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
        browser.quit();
    }

    @Test
    void anAnalystLogsInThroughKeycloakAndTriesAnOperation() {
        browser.get(StackExtension.config().gatewayUrl() + "/q/swagger-ui/");
        Select definitions = new Select(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".topbar select"))));
        assertThat(definitions.getOptions()).extracting(WebElement::getText)
                .contains("indicators", "workstreams", "evaluation");
        definitions.selectByVisibleText("workstreams");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(
                "operations-Organisations-OrganisationResource_list")));

        String swaggerWindow = browser.getWindowHandle();
        click(By.cssSelector(".auth-wrapper .authorize"));
        click(By.cssSelector(".modal-ux .auth-btn-wrapper .authorize"));
        wait.until(driver -> driver.getWindowHandles().size() == 2);
        browser.switchTo().window(otherWindow(browser, swaggerWindow));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("analyst");
        browser.findElement(By.id("password")).sendKeys("analyst");
        browser.findElement(By.id("kc-login")).click();
        wait.until(driver -> driver.getWindowHandles().size() == 1);
        browser.switchTo().window(swaggerWindow);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                ".modal-ux .auth-btn-wrapper"), "Logout"));
        click(By.cssSelector(".modal-ux .close-modal"));

        WebElement operation = browser.findElement(By.id("operations-Organisations-OrganisationResource_list"));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        click(By.cssSelector("#operations-Organisations-OrganisationResource_list .try-out__btn"));
        click(By.cssSelector("#operations-Organisations-OrganisationResource_list .execute"));
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#operations-Organisations-OrganisationResource_list .live-responses-table tbody "
                        + ".response-col_status")));
        assertThat(status.getText()).isEqualTo("200");
        assertThat(browser.findElement(By.cssSelector(
                "#operations-Organisations-OrganisationResource_list .live-responses-table .microlight")).getText())
                .contains("\"slug\": \"lbc\"");
    }

    private void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private static String otherWindow(WebDriver browser, String known) {
        Set<String> handles = browser.getWindowHandles();
        return handles.stream().filter(handle -> !handle.equals(known)).findFirst().orElseThrow();
    }
}
