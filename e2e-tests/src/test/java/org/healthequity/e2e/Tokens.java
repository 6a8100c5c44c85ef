package org.healthequity.e2e;

import static io.restassured.RestAssured.given;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;

import io.restassured.path.json.JsonPath;

/** Real tokens from the stack's Keycloak, the way clients get them. */
final class Tokens {

    private Tokens() {
    }

    /** A user's token through the {@code hes-cli} client's password grant (password = user name locally). */
    static String user(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "hes-cli")
                .formParam("username", username).formParam("password", username)
                .when().post(tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** Signs a generated client's requests as the user; anonymous for null. */
    static Consumer<HttpRequest.Builder> bearer(String username) {
        String token = username == null ? null : user(username);
        return builder -> {
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
        };
    }

    /** The BI client's token through client credentials. */
    static String biClient() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "hes-bi")
                .formParam("client_secret", "hes-bi-local-secret")
                .when().post(tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    static JsonPath claims(String token) {
        String payload = token.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static String tokenUrl() {
        return StackExtension.config().oidcUrl() + "/protocol/openid-connect/token";
    }
}
