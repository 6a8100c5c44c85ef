package org.healthequity.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import org.healthequity.common.csv.CsvMetadata;
import org.healthequity.common.csv.CsvResponses;

/**
 * Puts in the contract the CSVW description of every read that answers CSV ({@link CsvMetadata}): a GET at the
 * read's path with {@code /csv-metadata.json} added, taking the same parameters.
 */
final class CsvDescriptionOperations {

    private CsvDescriptionOperations() {
    }

    static boolean answersCsv(Operation operation) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        Content content = ok == null ? null : ok.getContent();
        return content != null && content.getMediaTypes() != null && content.hasMediaType(CsvResponses.TEXT_CSV);
    }

    static void add(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, PathItem> added = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation read = item.getGET();
            if (read != null && answersCsv(read) && !path.endsWith(CsvMetadata.SUFFIX)) {
                added.put(path + CsvMetadata.SUFFIX, OASFactory.createPathItem().GET(describing(read)));
            }
        });
        added.forEach((path, item) -> openAPI.getPaths().addPathItem(path, item));
    }

    /** What a CSVW table description holds, as far as clients rely on it. */
    private static Schema document() {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema column = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("name", text).addProperty("titles", text).addProperty("datatype", text)
                .addProperty("dc:description", text).addProperty("schema:unitText", text)
                .addRequired("name").addRequired("titles").addRequired("datatype");
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("@context", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)))
                .addProperty("url", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The CSV described"))
                .addProperty("dc:title", text)
                .addProperty("dialect", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)))
                .addProperty("tableSchema", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                        .addProperty("columns", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .items(column)).addRequired("columns"))
                .addRequired("@context").addRequired("url").addRequired("tableSchema");
    }

    private static Operation describing(Operation read) {
        Operation operation = OASFactory.createOperation()
                .operationId(read.getOperationId() == null ? null : read.getOperationId() + "CsvMetadata")
                .summary("CSVW description of: " + read.getSummary())
                .description("The W3C CSV on the Web metadata of the CSV this operation's path answers with the same "
                        + "parameters: each column's title as in the file, datatype, unit and meaning. The CSV links "
                        + "it with Link: rel=\"describedby\".")
                .tags(read.getTags())
                .security(read.getSecurity());
        if (read.getParameters() != null) {
            read.getParameters().stream().filter(parameter -> !"format".equals(parameter.getName())
                    && !"page".equals(parameter.getName()) && !"pageSize".equals(parameter.getName()))
                    .forEach(operation::addParameter);
        }
        operation.responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                .description("The CSV's description (JSON-LD)")
                .content(OASFactory.createContent().addMediaType(CsvMetadata.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(document())))));
        return operation;
    }
}
