package org.healthequity.workstreams.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.workstreams.rest.IndicatorsStub;
import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** With HES_DEMO_DATA off, a new database has the reference data and nothing of Luton's own programme. */
@QuarkusTest
@TestProfile(WithoutDemoContentTest.NewDatabaseWithoutDemoContent.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(IndicatorsStub.class)
class WithoutDemoContentTest {

    /** A schema of its own, migrated from nothing, with the demo content switched off. */
    public static class NewDatabaseWithoutDemoContent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String schema = "workstreams_without_demo";
            return Map.of("workstreams.demo-data.enabled", "false",
                    "quarkus.flyway.schemas", schema,
                    "quarkus.hibernate-orm.database.default-schema", schema,
                    "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema", schema);
        }
    }

    @Test
    void nothingOfLutonsProgrammeIsLoaded() {
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/workstreams")
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(TestTokens.viewer())
                .when().get("/api/v1/organisations")
                .then().statusCode(200).body("items", not(empty()));
    }
}
