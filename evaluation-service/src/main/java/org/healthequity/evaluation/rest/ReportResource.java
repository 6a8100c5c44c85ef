package org.healthequity.evaluation.rest;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.healthequity.common.http.ContentTags;
import org.healthequity.common.http.TaggedByContent;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.AnnualReport;
import org.healthequity.evaluation.mapping.ReportTemplates;
import org.healthequity.evaluation.service.AnnualReportService;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The annual progress report, composed from all three services")
public class ReportResource {

    static final String TEXT_MARKDOWN = "text/markdown";

    private enum Format {
        JSON(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")),
        MARKDOWN(new MediaType("text", "markdown", "UTF-8")),
        HTML(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));

        private final MediaType type;

        Format(MediaType type) {
            this.type = type;
        }
    }

    private final AnnualReportService reports;
    private final ContentTags contentTags;

    ReportResource(AnnualReportService reports, ContentTags contentTags) {
        this.reports = reports;
        this.contentTags = contentTags;
    }

    @GET
    @TaggedByContent
    @Path("/annual/{year}")
    @Produces({ MediaType.APPLICATION_JSON, TEXT_MARKDOWN, MediaType.TEXT_HTML })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "The report as JSON, Markdown or a printable HTML page",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
            @Content(mediaType = TEXT_MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "The annual progress report", description = "Composed now from the area's outcome scorecard "
            + "(indicators-service), each workstream's dashboard (workstreams-service), and the year's evaluations, "
            + "recommendations, system impact, achievements and next steps. As application/json, text/markdown or "
            + "text/html (a printable page), by Accept or format=json|markdown|html. A source that cannot answer "
            + "leaves its section marked unavailable; the rest is served.")
    public Response annual(@RestPath @Parameter(description = "Financial year, 2023-24 (or 2023 for 2023/24)",
            example = "2023-24") String year,
            @RestQuery @Parameter(description = "json, markdown or html; overrides Accept") String format,
            @Context HttpHeaders headers) {
        Format chosen = format(format, headers);
        AnnualReport report = reports.compose(year);
        String filename = "annual-report-" + report.year().replace('/', '-');
        // Tagged by what it says, not by when it was composed: an unchanged report refreshes as a 304.
        String tag = contentTags.of(List.of(chosen.name(), report.undated()));
        return switch (chosen) {
            case JSON -> Response.ok(report, chosen.type).header(HttpHeaders.ETAG, tag).build();
            case MARKDOWN -> Response.ok(ReportTemplates.markdown(report).render(), chosen.type)
                    .header("Content-Disposition", "inline; filename=\"" + filename + ".md\"")
                    .header(HttpHeaders.ETAG, tag).build();
            case HTML -> Response.ok(ReportTemplates.page(report).render(), chosen.type)
                    .header(HttpHeaders.ETAG, tag).build();
        };
    }

    private static Format format(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "markdown", "md" -> Format.MARKDOWN;
                case "html" -> Format.HTML;
                default -> throw ApiException.badParameter("format", "format must be json, markdown or html");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return Format.JSON;
            }
            for (Format candidate : Format.values()) {
                if (type.isCompatible(candidate.type)) {
                    return candidate;
                }
            }
        }
        return Format.JSON;
    }
}
