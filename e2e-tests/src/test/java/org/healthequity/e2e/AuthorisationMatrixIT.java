package org.healthequity.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.json.JsonMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the three served contracts, called by every kind of caller, through the gateway and directly
 * against its service, against the expected outcome in {@code docs/authorisation-matrix.md}. A difference in any
 * cell, or an operation the table and the contracts do not both name, fails the build.
 */
@ExtendWith(StackExtension.class)
class AuthorisationMatrixIT {

    private static final Path MATRIX = Path.of(System.getProperty("hes.home", "..")).resolve(
            "docs/authorisation-matrix.md");
    /** Column order of the table, and the order in which the callers are tried: refusals before changes. */
    private static final List<String> CALLERS = List.of("anonymous", "viewer", "analyst", "evaluator", "lead (this)",
            "lead (other)", "partner (owner)", "partner (other)", "admin");
    private static final Map<String, String> USERS = Map.of("viewer", "viewer", "analyst", "analyst",
            "evaluator", "evaluator", "lead (this)", "lead-housing", "lead (other)", "lead-children",
            "partner (owner)", "partner-elft", "partner (other)", "partner-uob", "admin", "admin");
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` \\|(.*)\\|$");
    private static final String ABSENT = "999999";

    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static Fixtures fixtures;

    @BeforeAll
    static void tokensAndFixtures() {
        USERS.forEach((caller, user) -> tokens.put(caller, Tokens.user(user)));
        fixtures = new Fixtures(StackExtension.config().gatewayUrl(), tokens.get("admin"),
                tokens.get("partner (owner)"));
    }

    @Test
    void theTableNamesEveryOperationOfTheServedContractsAndNoOther() throws IOException {
        Set<String> served = new TreeSet<>();
        for (String service : Services.NAMES) {
            Map<String, Map<String, Object>> paths = given().when()
                    .get(StackExtension.config().gatewayUrl() + "/openapi/" + service + "?format=json")
                    .then().statusCode(200).extract().path("paths");
            paths.forEach((path, operations) -> operations.keySet().stream()
                    .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                    .forEach(method -> served.add(method.toUpperCase() + " " + path)));
        }
        Set<String> tabled = new TreeSet<>(rows().keySet());
        assertThat(tabled).isEqualTo(served);
    }

    @Test
    void everyCallerGetsWhatTheTableSaysThroughTheGateway() throws IOException {
        assertThat(differences(StackExtension.config().gatewayUrl())).isEmpty();
    }

    @Test
    void eachServiceEnforcesTheTableItselfWhenCalledDirectly() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<String>> row : rows().entrySet()) {
            String path = row.getKey().substring(row.getKey().indexOf(' ') + 1);
            differences.addAll(check(Map.of(row.getKey(), row.getValue()), Services.urlFor(path)));
        }
        assertThat(differences).isEmpty();
    }

    /**
     * Every read of the three contracts (the table names them all, as the first test checks), read as the admin
     * through the gateway with the fixtures: each that answers 200 carries an ETag and answers a second read naming
     * it with a 304 and no body.
     */
    @Test
    void everyReadCarriesAnETagAndAnswersItsRefreshWithNotModified() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        List<String> dated = new ArrayList<>();
        for (String operation : rows().keySet()) {
            if (!operation.startsWith("GET ")) {
                continue;
            }
            String template = operation.substring(4);
            String path = fixtures.resolve("GET", template);
            Response first = given().baseUri(StackExtension.config().gatewayUrl()).auth().oauth2(tokens.get("admin"))
                    .when().get(path);
            if (first.statusCode() != 200) {
                continue;
            }
            answered.add(operation);
            String tag = first.header("ETag");
            if (tag == null) {
                failures.add(operation + ": no ETag");
                continue;
            }
            Response again = given().baseUri(StackExtension.config().gatewayUrl()).auth().oauth2(tokens.get("admin"))
                    .header("If-None-Match", tag).when().get(path);
            if (again.statusCode() != 304 || !again.asString().isEmpty()) {
                failures.add(operation + ": " + again.statusCode() + " to If-None-Match " + tag);
            }
            String lastModified = first.header("Last-Modified");
            if (lastModified != null) {
                dated.add(operation);
                int status = given().baseUri(StackExtension.config().gatewayUrl()).auth()
                        .oauth2(tokens.get("admin")).header("If-Modified-Since", lastModified).when().get(path)
                        .statusCode();
                if (status != 304) {
                    failures.add(operation + ": " + status + " to If-Modified-Since " + lastModified);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(answered).as("reads answered 200 with the fixtures").hasSizeGreaterThan(40);
        // Every service's own reads are dated once their data is a second old; composed ones are not.
        assertThat(dated).as("reads carrying Last-Modified").hasSizeGreaterThan(30);
    }

    private static List<String> differences(String baseUrl) throws IOException {
        return check(rows(), baseUrl);
    }

    private static List<String> check(Map<String, List<String>> rows, String baseUrl) {
        List<String> differences = new ArrayList<>();
        rows.forEach((operation, expected) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            for (int column = 0; column < CALLERS.size(); column++) {
                String caller = CALLERS.get(column);
                Response response = call(baseUrl, method, template, caller);
                int status = response.statusCode();
                String want = expected.get(column);
                boolean matches = want.equals("✓") ? status != 401 && status != 403 && status < 500
                        : status == Integer.parseInt(want);
                if (!matches) {
                    differences.add(operation + " as " + caller + ": expected " + want + ", got " + status + " "
                            + response.asString().replaceAll("\\s+", " ").substring(0,
                                    Math.min(200, response.asString().length())));
                }
            }
        });
        return differences;
    }

    /**
     * One cell's call. A 429 says nothing about rights: the caller's rate-limit window may still hold another
     * test's calls (the load test writes as the same partner), so the call waits as Retry-After says and is made
     * again.
     */
    private static Response call(String baseUrl, String method, String template, String caller) {
        for (int attempt = 1;; attempt++) {
            Response response = callOnce(baseUrl, method, template, caller);
            if (response.statusCode() != 429 || attempt == 5) {
                return response;
            }
            long seconds = Math.min(60, Long.parseLong(Optional.ofNullable(response.header("Retry-After"))
                    .orElse("1")));
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }

    private static Response callOnce(String baseUrl, String method, String template, String caller) {
        String path = fixtures.resolve(method, template);
        RequestSpecification request = given().baseUri(baseUrl).redirects().follow(false);
        if (!caller.equals("anonymous")) {
            request.auth().oauth2(tokens.get(caller));
        }
        // Approving a logic model and publishing an edition take no body: their contracts have none.
        if (!method.equals("GET") && !method.equals("DELETE") && !template.endsWith("/approval")
                && !template.endsWith("/editions")) {
            request.contentType(path.startsWith("/api/v1/imports") ? "text/csv" : "application/json")
                    .body(fixtures.body(method, template));
        }
        fixtures.entityTag(method, template, path).ifPresent(tag -> request.header("If-Match", tag));
        return request.when().request(method, path);
    }

    private static Map<String, List<String>> rows() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MATRIX)) {
            Matcher row = ROW.matcher(line.trim());
            if (row.matches()) {
                List<String> cells = new ArrayList<>();
                for (String cell : row.group(3).split("\\|")) {
                    cells.add(cell.trim());
                }
                assertThat(cells).as(line).hasSize(CALLERS.size());
                assertThat(rows.put(row.group(1) + " " + row.group(2), cells)).as("row named twice: " + line)
                        .isNull();
            }
        }
        return rows;
    }

    /**
     * Items of the housing workstream owned by ELFT, so that a lead's and a partner's rights can be told apart:
     * created by the admin once, except where the operation removes its item, which gets a new one each call.
     */
    static final class Fixtures {

        private final String gateway;
        private final String admin;
        private final long workplan;
        /** A draft that no call submits, for the actions made to be removed. */
        private final long draftWorkplan;
        private final long action;
        private final long kpi;
        private final long actual;
        private final long update;
        private final int logicModelVersion;
        /** The housing workstream as it is, to be written back unchanged. */
        private final String housing;

        Fixtures(String gateway, String admin, String partner) {
            this.gateway = gateway;
            this.admin = admin;
            workplan = create("/api/v1/workstreams/housing/workplans", "{\"year\":\"2039/40\",\"title\":\"Matrix\"}");
            draftWorkplan = create("/api/v1/workstreams/housing/workplans", "{\"year\":\"2037/38\"}");
            action = newAction();
            kpi = create("/api/v1/workstreams/housing/kpis", "{\"name\":\"Matrix KPI\",\"unit\":\"people\","
                    + "\"direction\":\"INCREASE_IS_GOOD\",\"frequency\":\"FINANCIAL_YEAR\","
                    + "\"ownerOrganisation\":\"elft\"}");
            actual = ((Number) given().baseUri(gateway).auth().oauth2(partner).contentType(ContentType.JSON)
                    .body("{\"period\":\"2039/40\",\"value\":5}")
                    .when().post("/api/v1/kpis/" + kpi + "/actuals")
                    .then().statusCode(201).extract().path("id")).longValue();
            update = ((Number) given().baseUri(gateway).auth().oauth2(partner).contentType(ContentType.JSON)
                    .body("{\"text\":\"Matrix progress\"}")
                    .when().post("/api/v1/actions/" + action + "/updates")
                    .then().statusCode(201).extract().path("id")).longValue();
            Map<String, Object> workstream = given().baseUri(gateway).auth().oauth2(admin)
                    .when().get("/api/v1/workstreams/housing").then().statusCode(200).extract().path("");
            Map<String, Object> writable = new LinkedHashMap<>();
            for (String field : List.of("slug", "name", "chairRole", "description", "principles", "status")) {
                writable.put(field, workstream.get(field));
            }
            housing = new JsonMapper().valueToTree(writable).toString();
            // The housing workstream's draft: a new one, or the one another test left (one draft at a time).
            Response draft = given().baseUri(gateway).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"hypothesis\":\"Matrix hypothesis\"}")
                    .when().post("/api/v1/workstreams/housing/logic-models");
            if (draft.statusCode() == 201) {
                logicModelVersion = draft.path("version");
            } else {
                assertThat(draft.statusCode()).as(draft.asString()).isEqualTo(409);
                List<Integer> versions = given().baseUri(gateway).auth().oauth2(admin)
                        .when().get("/api/v1/workstreams/housing/logic-models")
                        .then().statusCode(200).extract().path("items.version");
                logicModelVersion = versions.stream().mapToInt(Integer::intValue).max().orElseThrow();
            }
        }

        private long newAction() {
            return create("/api/v1/workplans/" + draftWorkplan + "/actions",
                    "{\"title\":\"Matrix action\",\"ownerOrganisation\":\"elft\"}");
        }

        private long create(String path, String body) {
            return ((Number) given().baseUri(gateway).auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                    .when().post(path)
                    .then().statusCode(201).extract().path("id")).longValue();
        }

        String resolve(String method, String template) {
            Supplier<Long> actionId = method.equals("DELETE") && template.equals("/api/v1/actions/{id}")
                    ? this::newAction : () -> action;
            String path = template;
            if (path.startsWith("/api/v1/actions/")) {
                path = path.replace("{id}", Long.toString(actionId.get()));
            } else if (path.startsWith("/api/v1/kpis/")) {
                path = path.replace("{id}", Long.toString(kpi));
            } else if (path.startsWith("/api/v1/workplans/")) {
                path = path.replace("{id}", Long.toString(workplan));
            } else if (path.startsWith("/api/v1/workstreams/") || path.startsWith("/api/v1/organisations/")) {
                path = path.replace("{slug}", path.startsWith("/api/v1/workstreams/") ? "housing" : "elft");
            }
            return path.replace("{updateId}", Long.toString(update))
                    .replace("{actualId}", Long.toString(actual))
                    .replace("{version}", Integer.toString(logicModelVersion))
                    .replace("{areaCode}", "E06000032").replace("{code}", "E06000032")
                    .replace("{year}", "2023-24").replace("{number}", "1").replace("{id}", ABSENT);
        }

        /** A valid body where the item decides who may write, since the lead's check follows validation. */
        String body(String method, String template) {
            return switch (method + " " + template) {
                case "PUT /api/v1/actions/{id}", "POST /api/v1/workplans/{id}/actions" ->
                    "{\"title\":\"Matrix action\",\"ownerOrganisation\":\"elft\"}";
                case "POST /api/v1/actions/{id}/updates" -> "{\"text\":\"Matrix progress\"}";
                case "PUT /api/v1/kpis/{id}", "POST /api/v1/workstreams/{slug}/kpis" ->
                    "{\"name\":\"Matrix KPI\",\"unit\":\"people\",\"direction\":\"INCREASE_IS_GOOD\","
                            + "\"frequency\":\"FINANCIAL_YEAR\",\"ownerOrganisation\":\"elft\"}";
                case "POST /api/v1/kpis/{id}/actuals" -> "{\"period\":\"2038/39\",\"value\":3}";
                case "POST /api/v1/kpis/{id}/actuals/{actualId}/review" -> "{\"decision\":\"APPROVED\"}";
                case "POST /api/v1/kpis/{id}/actuals/{actualId}/comments" -> "{\"text\":\"Matrix comment\"}";
                case "PUT /api/v1/workstreams/{slug}" -> housing;
                case "PUT /api/v1/kpis/{id}/targets" -> "[{\"period\":\"2039/40\",\"value\":10}]";
                case "PUT /api/v1/workplans/{id}" -> "{\"year\":\"2039/40\",\"title\":\"Matrix\"}";
                case "POST /api/v1/workplans/{id}/transitions" -> "{\"action\":\"SUBMIT\"}";
                case "POST /api/v1/workstreams/{slug}/workplans" -> "{\"year\":\"2038/39\"}";
                case "PUT /api/v1/workstreams/{slug}/logic-models/{version}",
                        "POST /api/v1/workstreams/{slug}/logic-models" -> "{\"hypothesis\":\"Matrix hypothesis\"}";
                case "POST /api/v1/imports" -> "";
                default -> "{}";
            };
        }

        /** The item's current ETag, for the writes that need one: read by the admin just before the write. */
        Optional<String> entityTag(String method, String template, String path) {
            if (method.equals("GET") || method.equals("POST") && !template.endsWith("/transitions")
                    && !template.endsWith("/approval") && !template.endsWith("/review")) {
                return Optional.empty();
            }
            String item = method.equals("POST") ? path.substring(0, path.lastIndexOf('/')) : path;
            if (template.endsWith("/targets")) {
                item = path.substring(0, path.lastIndexOf('/'));
            }
            Response current = given().baseUri(gateway).auth().oauth2(admin).when().get(item);
            return Optional.ofNullable(current.statusCode() == 200 ? current.header("ETag") : null);
        }
    }
}
