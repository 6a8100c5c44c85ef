package org.healthequity.indicators.rest;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.healthequity.common.http.QueryParams;
import org.healthequity.common.http.RequestIds;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.Problem;
import org.healthequity.common.security.Roles;
import org.healthequity.conventions.ProblemType;
import org.healthequity.indicators.imports.ImportService;
import org.healthequity.indicators.mapping.ImportObservation;
import org.healthequity.indicators.mapping.ImportSummary;
import org.healthequity.indicators.repository.ImportFormat;
import org.healthequity.indicators.repository.ImportMode;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk loads of observations: a Fingertips CSV download as it comes, or JSON")
public class ImportResource {

    private final ImportService imports;
    private final ObjectMapper json;

    ImportResource(ImportService imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @POST
    @Consumes({ "text/csv", "application/csv", "text/plain", MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Import observations", description = "Send a Fingertips CSV download (text/csv) or a JSON "
            + "array of observations. All-or-nothing by default: one invalid row and nothing is stored (422, with "
            + "every problem's row and field). Idempotent: the same data again reports every row unchanged. "
            + "dryRun=true reports the same counts and stores nothing.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "A Fingertips CSV download, header row first")),
            @Content(mediaType = "application/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ImportObservation.class)) })
    @APIResponse(responseCode = "201", description = "Imported (with VALID_ONLY, the valid rows); the summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "200", description = "A dry run: what an import would do, nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "422", description = "Rejected: nothing stored. The problem's errors name every "
            + "invalid row and field; Location is the record of the rejected import",
            headers = @Header(name = "Location", description = "The record of the rejected import",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(InputStream body, @RestHeader("Content-Type") String contentType,
            @RestQuery @Parameter(description = "Check and count without storing anything",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @RestQuery @Parameter(description = "ALL_OR_NOTHING (default) or VALID_ONLY",
                    schema = @Schema(implementation = ImportMode.class)) String mode,
            @RestQuery @Parameter(description = "Where the data comes from, kept with each row",
                    example = "OHID Fingertips download 2024-05") String source,
            @Context UriInfo uriInfo) {
        ImportMode importMode = mode == null || mode.isBlank() ? ImportMode.ALL_OR_NOTHING
                : QueryParams.enumValue(ImportMode.class, "mode", mode);
        boolean dry = parseBoolean(dryRun);
        ImportFormat format = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")
                ? ImportFormat.JSON : ImportFormat.FINGERTIPS_CSV;
        ImportSummary summary = imports.run(new ImportService.Request(format, body, importMode, dry, source));
        if (dry) {
            return Response.ok(summary).build();
        }
        if ("REJECTED".equals(summary.result())) {
            return rejected(summary, uriInfo);
        }
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(summary.id())).build())
                .entity(summary).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The record of an import")
    public ImportSummary get(@RestPath long id) {
        return imports.get(id);
    }

    /** A rejected import is a 422 problem that carries the whole summary, so a client reads both in one place. */
    private Response rejected(ImportSummary summary, UriInfo uriInfo) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        Map<String, Object> body = new LinkedHashMap<>(json.convertValue(new Problem(type.uri(), type.title(),
                type.status(), summary.errorCount() + " problem(s) in the import; nothing was stored",
                "/" + uriInfo.getPath().replaceFirst("^/", ""), RequestIds.current(), null),
                new TypeReference<Map<String, Object>>() {
                }));
        body.putAll(json.convertValue(summary, new TypeReference<Map<String, Object>>() {
        }));
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body)
                .location(uriInfo.getAbsolutePathBuilder().path(Long.toString(summary.id())).build()).build();
    }

    private static boolean parseBoolean(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParameter("dryRun", "dryRun must be true or false");
        };
    }
}
