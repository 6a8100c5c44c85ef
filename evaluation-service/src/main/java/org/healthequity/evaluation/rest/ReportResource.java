package org.healthequity.evaluation.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.healthequity.common.http.ComposedTags;
import org.healthequity.common.http.ComposedRead;
import org.healthequity.common.security.Roles;
import org.healthequity.evaluation.mapping.AnnualReport;
import org.healthequity.evaluation.mapping.EditionView;
import org.healthequity.evaluation.mapping.ReportDiff;
import org.healthequity.evaluation.mapping.ReportTemplates;
import org.healthequity.evaluation.service.AnnualReportService;
import org.healthequity.evaluation.service.ReportEditionService;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The annual progress report, composed from all three services")
public class ReportResource {

    static final String TEXT_MARKDOWN = "text/markdown";
    private static final String YEAR = "Financial year, 2023-24 (or 2023 for 2023/24)";

    private final AnnualReportService reports;
    private final ReportEditionService editions;
    private final ComposedTags composedTags;

    ReportResource(AnnualReportService reports, ReportEditionService editions, ComposedTags composedTags) {
        this.reports = reports;
        this.editions = editions;
        this.composedTags = composedTags;
    }

    @GET
    @ComposedRead
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
            + "leaves its section marked unavailable; the rest is served. Its ETag follows this service's data and "
            + "the tags of what it read from the others, so a refresh with If-None-Match is answered 304 without "
            + "composing it while nothing changed.")
    public Response annual(@RestPath @Parameter(description = "Financial year, 2023-24 (or 2023 for 2023/24)",
            example = "2023-24") String year,
            @RestQuery @Parameter(description = "json, markdown or html; overrides Accept") String format,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        ReadFormat chosen = format(format, headers);
        return composedTags.answer(uriInfo, headers, () -> {
            AnnualReport report = reports.compose(year);
            String filename = "annual-report-" + report.year().replace('/', '-');
            Response.ResponseBuilder answer = render(report, report, chosen);
            if (chosen == ReadFormat.MARKDOWN) {
                answer.header("Content-Disposition", "inline; filename=\"" + filename + ".md\"");
            }
            // When a source cannot say, tagged by what it says, not by when it was composed.
            return new ComposedTags.Built(answer, List.of(chosen.name(), report.undated()));
        });
    }

    @POST
    @Path("/annual/{year}/editions")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Publish the year's report as an edition", description = "Composes the report as it stands "
            + "(with the other services' sections) and keeps it as the next numbered edition, frozen, with where "
            + "each part came from. Anyone may read it once published. 409 when it would say exactly what the "
            + "latest edition says.")
    @APIResponse(responseCode = "201", description = "Published", headers = @Header(name = "Location",
            description = "The edition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EditionView.class)))
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(@RestPath @Parameter(description = YEAR, example = "2023-24") String year,
            @Context UriInfo uriInfo) {
        EditionView edition = editions.publish(year);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Integer.toString(edition.number())).build())
                .entity(edition).build();
    }

    @GET
    @Path("/annual/{year}/editions")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The year's published editions", description = "Open: published editions are public.")
    public List<EditionView> editions(@RestPath @Parameter(description = YEAR, example = "2023-24") String year) {
        return editions.list(year).stream().map(EditionView::withoutReport).toList();
    }

    @GET
    @Path("/annual/{year}/editions/{number: \\d+}")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, TEXT_MARKDOWN, MediaType.TEXT_HTML })
    @APIResponse(responseCode = "200", description = "The edition: JSON (with the report), or the report as "
            + "Markdown or a printable HTML page", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionView.class)),
            @Content(mediaType = TEXT_MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "One published edition", description = "Open, and never changes. As application/json, "
            + "text/markdown or text/html, by Accept or format=json|markdown|html.")
    public Response edition(@RestPath @Parameter(description = YEAR, example = "2023-24") String year,
            @RestPath int number,
            @RestQuery @Parameter(description = "json, markdown or html; overrides Accept") String format,
            @Context HttpHeaders headers) {
        EditionView edition = editions.get(year, number);
        return render(edition, edition.report(), format(format, headers)).build();
    }

    @GET
    @Path("/annual/{year}/editions/latest")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, TEXT_MARKDOWN, MediaType.TEXT_HTML })
    @APIResponse(responseCode = "200", description = "The latest edition, as for one edition", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionView.class)),
            @Content(mediaType = TEXT_MARKDOWN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "The latest published edition", description = "What the microsite and newsletter show.")
    public Response latestEdition(@RestPath @Parameter(description = YEAR, example = "2023-24") String year,
            @RestQuery @Parameter(description = "json, markdown or html; overrides Accept") String format,
            @Context HttpHeaders headers) {
        EditionView edition = editions.latest(year);
        return render(edition, edition.report(), format(format, headers)).build();
    }

    @PUT
    @Path("/annual/{year}/editions/{number: \\d+}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Published editions never change", description = "Always 409 for an edition that exists "
            + "(404 otherwise): publish a new edition instead.")
    public Response changeEdition(@RestPath @Parameter(description = YEAR, example = "2023-24") String year,
            @RestPath int number) {
        editions.refuseChange(year, number);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/annual/{year}/editions/{number: \\d+}")
    @RolesAllowed({ Roles.EVALUATOR, Roles.ADMIN })
    @Operation(summary = "Published editions are never withdrawn", description = "Always 409 for an edition that "
            + "exists (404 otherwise).")
    public Response deleteEdition(@RestPath @Parameter(description = YEAR, example = "2023-24") String year,
            @RestPath int number) {
        editions.refuseChange(year, number);
        return Response.noContent().build();
    }

    @GET
    @Path("/annual/{year}/diff")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What moved between two years' reports", description = "Between the latest published "
            + "editions of {year} and of the year named by from: outcome indicators whose comparison changed "
            + "category, recommendations whose status moved, actions completed per workstream, and new KPIs. Open.")
    public ReportDiff diff(@RestPath @Parameter(description = YEAR, example = "2023-24") String year,
            @RestQuery @Parameter(description = "The earlier year, 2022-23", example = "2022-23") String from) {
        return editions.diff(year, from);
    }

    /** The report in the chosen format; as JSON, {@code json} (the report itself, or the edition holding it). */
    private static Response.ResponseBuilder render(Object json, AnnualReport report, ReadFormat chosen) {
        return switch (chosen) {
            case JSON -> Response.ok(json, chosen.type);
            case MARKDOWN -> Response.ok(ReportTemplates.markdown(report).render(), chosen.type);
            case HTML -> Response.ok(ReportTemplates.page(report).render(), chosen.type);
        };
    }

    private static ReadFormat format(String format, HttpHeaders headers) {
        return ReadFormat.choose(format, headers, ReadFormat.JSON, ReadFormat.MARKDOWN, ReadFormat.HTML);
    }
}
