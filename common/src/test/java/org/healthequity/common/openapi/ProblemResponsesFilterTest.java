package org.healthequity.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

/** What the contract filter adds to an operation as the scanner leaves it. */
class ProblemResponsesFilterTest {

    private static Parameter query(String name, Schema schema, Object example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).schema(schema).example(example);
    }

    private static Schema text() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }

    private static Operation filtered(String method, Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things",
                method.equals("post") ? OASFactory.createPathItem().POST(operation)
                        : OASFactory.createPathItem().GET(operation)));
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        return operation;
    }

    private static APIResponses okWithJsonAndCsv() {
        return OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                .content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(text()))
                        .addMediaType("text/csv", OASFactory.createMediaType().schema(text()))));
    }

    @Test
    void queryParametersReadAsTextAreTypedAsTheServicesReadThem() {
        Operation operation = filtered("get", OASFactory.createOperation().responses(okWithJsonAndCsv())
                .parameters(List.of(query("principle", text(), "1"), query("latest", text(), null),
                        query("format", text(), null), query("q", text(), null),
                        query("slug", text().pattern("[a-z]+"), null), query("name", text().pattern("\\S"), null))));
        Map<String, Parameter> byName = new HashMap<>();
        operation.getParameters().forEach(parameter -> byName.put(parameter.getName(), parameter));
        assertThat(byName.get("principle").getSchema().getType()).containsExactly(Schema.SchemaType.INTEGER);
        assertThat(byName.get("principle").getSchema().getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(8));
        assertThat(byName.get("principle").getExample()).isEqualTo(1L);
        assertThat(byName.get("latest").getSchema().getType()).containsExactly(Schema.SchemaType.BOOLEAN);
        assertThat(byName.get("format").getSchema().getEnumeration()).containsExactly("json", "csv");
        assertThat(byName.get("q").getSchema().getMaxLength()).isEqualTo(QueryConventions.MAX_TEXT);
        assertThat(byName.get("slug").getSchema().getPattern()).isEqualTo("^(?:[a-z]+)$");
        assertThat(byName.get("name").getSchema().getPattern()).isEqualTo("\\S");
    }

    @Test
    void aCreateIsDocumentedAs201WithLocationAndEveryAnswerWithItsHeaders() {
        Operation operation = OASFactory.createOperation().responses(okWithJsonAndCsv())
                .requestBody(OASFactory.createRequestBody())
                .addExtension(ProblemResponsesFilter.CREATES, "true");
        filtered("post", operation);
        APIResponses responses = operation.getResponses();
        assertThat(responses.hasAPIResponse("200")).isFalse();
        assertThat(responses.getAPIResponse("201").getHeaders()).containsKeys("Location", "ETag", "RateLimit",
                "RateLimit-Policy");
        assertThat(responses.getAPIResponse("201").getContent().hasMediaType("application/json")).isTrue();
        assertThat(responses.getAPIResponses()).containsKeys("400", "401", "403", "406", "413", "415", "422", "429",
                "503", "504");
        assertThat(operation.getExtensions()).doesNotContainKey(ProblemResponsesFilter.CREATES);
    }

    @Test
    void anUpdateNeedsIfMatchAndSaysSo() {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")))
                .parameters(List.of(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                        .schema(text())));
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things/{id}",
                OASFactory.createPathItem().PUT(operation)));
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        assertThat(operation.getParameters().get(0).getRequired()).isTrue();
        assertThat(operation.getResponses().getAPIResponses()).containsKeys("412", "428", "404");
    }
}
