package org.healthequity.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContractTest {

    /** A small OpenAPI 3.1 contract with the shapes the services' contracts use. */
    private static final Contract CONTRACT = new Contract("test", """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {
               "/api/v1/things/{id}": {
                 "get": {
                   "parameters": [
                     {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
                     {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                     {"name": "slug", "in": "query", "schema": {"type": "string", "pattern": "^[a-z]+$"}}],
                   "responses": {
                     "200": {"description": "OK", "headers": {"ETag": {"schema": {"type": "string"}}},
                             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                     "404": {"$ref": "#/components/responses/NotFound"}}},
                 "put": {
                   "parameters": [{"name": "If-Match", "in": "header", "required": true,
                                   "schema": {"type": "string"}}],
                   "requestBody": {"content": {"application/json": {"schema": {
                       "$ref": "#/components/schemas/Thing"}}}},
                   "responses": {"200": {"description": "OK"},
                                 "422": {"$ref": "#/components/responses/NotFound"}}}}},
             "components": {
               "schemas": {"Thing": {"type": "object", "required": ["name"], "properties": {
                   "name": {"type": "string"}, "size": {"type": "number"}}}},
               "responses": {"NotFound": {"description": "none", "content": {"application/problem+json": {
                   "schema": {"type": "object"}}}}}}}
            """);

    private static List<String> get(String path, Map<String, List<String>> query, int status, String contentType,
            Map<String, String> headers, String body) {
        return CONTRACT.check(new Contract.Exchange("GET", path, query, Map.of(), null, null, status, contentType,
                headers, body));
    }

    @Test
    void aConformingExchangeHasNoViolation() {
        assertEquals(List.of(), get("/api/v1/things/7", Map.of("page", List.of("2")), 200, "application/json",
                Map.of("etag", "\"1\""), "{\"name\": \"a\", \"size\": 2}"));
        assertEquals(List.of(), get("/api/v1/things/7", Map.of(), 404, "application/problem+json", Map.of(),
                "{\"status\": 404}"));
    }

    @Test
    void nullsAndMissingRequiredFieldsInTheBodyAreViolations() {
        List<String> violations = get("/api/v1/things/7", Map.of(), 200, "application/json", Map.of(),
                "{\"size\": null}");
        assertTrue(violations.stream().anyMatch(v -> v.contains("/size") && v.contains("null")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("name")), violations::toString);
    }

    @Test
    void undocumentedStatusesMediaTypesAndHeadersAreViolations() {
        assertTrue(get("/api/v1/things/7", Map.of(), 201, "application/json", Map.of(), "{}").get(0)
                .contains("status 201 is not documented"));
        assertTrue(get("/api/v1/things/7", Map.of(), 200, "text/csv", Map.of(), "a,b").get(0)
                .contains("text/csv body is not documented"));
        assertTrue(get("/api/v1/things/7", Map.of(), 200, "application/json", Map.of("location", "/x"),
                "{\"name\": \"a\"}").get(0).contains("header Location is sent but not declared"));
    }

    @Test
    void anAcceptedRequestMustConformToo() {
        List<String> violations = get("/api/v1/things/7", Map.of("page", List.of("0"), "slug", List.of("Bad Slug"),
                "extra", List.of("1")), 200, "application/json", Map.of(), "{\"name\": \"a\"}");
        assertEquals(3, violations.size(), violations::toString);
        List<String> put = CONTRACT.check(new Contract.Exchange("PUT", "/api/v1/things/7", Map.of(), Map.of(),
                "application/json", "{\"size\": \"big\"}", 200, null, Map.of(), ""));
        assertTrue(put.stream().anyMatch(v -> v.contains("required header If-Match")), put::toString);
        assertTrue(put.stream().anyMatch(v -> v.contains("request body")), put::toString);
    }

    @Test
    void aRefusedRequestIsNotHeldToTheRequestSchema() {
        assertEquals(List.of(), CONTRACT.check(new Contract.Exchange("PUT", "/api/v1/things/7", Map.of(), Map.of(),
                "application/json", "{\"size\": \"big\"}", 422, "application/problem+json", Map.of(), "{}")));
    }

    @Test
    void unknownPathsAndMethodsAreViolationsUnlessRefusedAsSuch() {
        assertTrue(get("/api/v1/other", Map.of(), 200, "application/json", Map.of(), "{}").get(0)
                .contains("not in the test contract"));
        assertEquals(List.of(), get("/api/v1/other", Map.of(), 404, "application/problem+json", Map.of(), "{}"));
        assertEquals(List.of(), CONTRACT.check(new Contract.Exchange("DELETE", "/api/v1/things/7", Map.of(),
                Map.of(), null, null, 405, "application/problem+json", Map.of(), "{}")));
        assertTrue(CONTRACT.check(new Contract.Exchange("DELETE", "/api/v1/things/7", Map.of(), Map.of(), null,
                null, 204, null, Map.of(), "")).get(0).contains("no DELETE"));
    }
}
