package org.healthequity.workstreams.rest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import org.healthequity.common.openapi.ProblemResponsesFilter;
import org.healthequity.common.csv.CsvResponses;
import org.healthequity.common.paging.Page;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.security.Roles;
import org.healthequity.workstreams.mapping.ActualBatchRow;
import org.healthequity.workstreams.mapping.ActualBatchSummary;
import org.healthequity.workstreams.mapping.ActualPage;
import org.healthequity.workstreams.mapping.ActualRequest;
import org.healthequity.workstreams.mapping.ActualView;
import org.healthequity.workstreams.mapping.BatchMode;
import org.healthequity.workstreams.mapping.BatchOptions;
import org.healthequity.workstreams.mapping.CommentRequest;
import org.healthequity.workstreams.mapping.CommentView;
import org.healthequity.workstreams.mapping.KpiRequest;
import org.healthequity.workstreams.mapping.KpiValuePage;
import org.healthequity.workstreams.mapping.KpiValueView;
import org.healthequity.workstreams.mapping.KpiView;
import org.healthequity.workstreams.mapping.ReachView;
import org.healthequity.workstreams.mapping.PeriodValue;
import org.healthequity.workstreams.mapping.RagRuleView;
import org.healthequity.workstreams.mapping.ReviewRequest;
import org.healthequity.workstreams.service.ActualBatchService;
import org.healthequity.workstreams.service.BatchRows;
import org.healthequity.workstreams.service.KpiService;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "Workstream KPIs: targets, actuals reported by partners, and RAG against target")
public class KpiResource {

    private static final List<String> VALUE_HEADER = List.of("KPI ID", "KPI", "Workstream", "Period", "Period start",
            "Target", "Actual", "Actual status", "Compared value", "RAG", "Reason", "Rule version", "Computed at");
    private static final List<String> ACTUAL_HEADER = List.of("Actual ID", "KPI ID", "Period", "Value", "Evidence",
            "Status", "Submitted by", "Submitted at", "Organisation", "Reviewed by", "Reviewed at", "Review note");

    private final KpiService kpis;
    private static final List<String> REACH_HEADER = List.of("KPI ID", "Period", "Actual", "Dimension", "Category",
            "Value", "Share of dimension (%)", "Most deprived share (%)", "Population share (%)", "Reach judgement");

    private final ActualBatchService batches;

    KpiResource(KpiService kpis, ActualBatchService batches) {
        this.kpis = kpis;
        this.batches = batches;
    }

    @POST
    @Path("/actuals:batch")
    @Consumes({ MediaType.APPLICATION_JSON, "text/csv" })
    @RolesAllowed({ Roles.PARTNER, Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Report many KPIs' actuals at once", description = "A JSON array of rows, or a CSV with the "
            + "columns kpi,period,value,evidence (any order; evidence optional). Each row is checked as one reported "
            + "actual is: the caller may report for the KPI (a partner of its owner organisation, the workstream's "
            + "leads, an admin), the period suits the KPI's frequency, an approved actual is final; no two rows "
            + "report the same KPI and period. All or nothing by default: one refused row and nothing is stored "
            + "(422, each problem naming its row and field); mode=VALID_ONLY stores the valid rows and lists the "
            + "rest. dryRun=true checks and counts, and stores nothing. At most " + BatchRows.MAX_ROWS
            + " rows. Stored actuals are SUBMITTED for the leads' review, as one reported actual is.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ActualBatchRow.class, maxItems = BatchRows.MAX_ROWS)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    description = "kpi,period,value,evidence, header row first")) })
    @APIResponse(responseCode = "200", description = "Stored (with VALID_ONLY, the valid rows), or a dry run's counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActualBatchSummary.class)))
    public ActualBatchSummary submitActuals(InputStream body, @RestHeader("Content-Type") String contentType,
            @RestQuery @Parameter(description = "Check and count without storing anything",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @RestQuery @Parameter(description = "ALL_OR_NOTHING (default) or VALID_ONLY",
                    schema = @Schema(implementation = BatchMode.class)) String mode) {
        return batches.submit(body, BatchOptions.of(contentType, dryRun, mode));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List KPIs", description = "Each with its latest RAG.")
    public RestResponse<Page<KpiView>> list(@RestQuery @Parameter(description = "Workstream slug") String workstream,
            @RestQuery @Parameter(description = "Slug of the organisation that reports it") String organisation,
            @BeanParam PageParams paging, @Context UriInfo uriInfo) {
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, kpis.search(workstream, organisation, page));
    }

    @GET
    @Path("/rag-rule")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The rule that computes KPI RAG", description = "Its version is stored with every status.")
    public RagRuleView ragRule() {
        return kpis.ragRule();
    }

    @GET
    @Path("/values")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "A page of KPI values, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiValuePage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "Every KPI's target, actual and RAG per period", description = "For BI tools; also as "
            + "text/csv, then unpaged.")
    public Response allValues(@RestQuery @Parameter(description = "Workstream slug") String workstream,
            @RestQuery @Parameter(description = "json or csv; overrides Accept") String format,
            @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return values("kpi-values.csv", kpis.allValues(workstream), format, paging, uriInfo, headers);
    }

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Get a KPI", description = "With baseline, targets and latest RAG. The ETag guards updates "
            + "of the KPI and of its targets.")
    public RestResponse<KpiView> get(@RestPath long id) {
        return kpis.get(id).ok();
    }

    @PUT
    @Path("/{id: \\d+}")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Update a KPI", description = "The workstream's leads or an admin; needs If-Match. The "
            + "frequency cannot change once targets or actuals exist.")
    public RestResponse<KpiView> update(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull KpiRequest request) {
        return kpis.update(id, ifMatch, request).ok();
    }

    @GET
    @Path("/{id: \\d+}/targets")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A KPI's targets", description = "By period.")
    public List<PeriodValue> targets(@RestPath long id) {
        return kpis.targets(id);
    }

    @PUT
    @Path("/{id: \\d+}/targets")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Replace a KPI's targets", description = "The whole list, each period of the KPI's "
            + "frequency and at most once; needs If-Match with the KPI's ETag. Answers the KPI.")
    public RestResponse<KpiView> replaceTargets(@RestPath long id, @RestHeader("If-Match") String ifMatch,
            @NotNull List<@Valid @NotNull PeriodValue> targets) {
        return kpis.replaceTargets(id, ifMatch, targets).ok();
    }

    @GET
    @Path("/{id: \\d+}/actuals")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "A page of the KPI's actuals, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActualPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "A KPI's reported actuals", description = "By period; also as text/csv.")
    public Response actuals(@RestPath long id, @RestQuery @Parameter(description = "json or csv; overrides Accept")
            String format, @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        List<ActualView> actuals = kpis.actuals(id);
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.stream("kpi-" + id + "-actuals.csv", csv -> {
                csv.row(ACTUAL_HEADER);
                actuals.forEach(actual -> csv.row(Arrays.asList(actual.id(), actual.kpiId(), actual.period(),
                        actual.value(), actual.evidence(), actual.status(), actual.submittedBy(),
                        actual.submittedAt(), actual.organisation(), actual.reviewedBy(), actual.reviewedAt(),
                        actual.reviewNote())));
            });
        }
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, PagedResult.slice(actuals, page)).toResponse();
    }

    @POST
    @Path("/{id: \\d+}/actuals")
    @RolesAllowed({ Roles.PARTNER, Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Report a KPI's actual for a period", description = "A partner of the KPI's owner "
            + "organisation (its token's organisation claim), the workstream's leads or an admin; anyone else 403. "
            + "201 for a new period; 200 when it replaces an actual not yet approved, which goes back to review; 409 "
            + "once approved.")
    @Extension(name = ProblemResponsesFilter.CREATES, value = "also")
    public RestResponse<ActualView> submitActual(@RestPath long id, @Valid @NotNull ActualRequest request,
            @Context UriInfo uriInfo) {
        var submitted = kpis.submitActual(id, request);
        if (!submitted.created()) {
            return submitted.actual().ok();
        }
        return submitted.actual().created(uriInfo.getAbsolutePathBuilder()
                .path(Long.toString(submitted.actual().body().id())).build());
    }

    @GET
    @Path("/{id: \\d+}/actuals/{actualId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One reported actual")
    public RestResponse<ActualView> actual(@RestPath long id, @RestPath long actualId) {
        return kpis.actual(id, actualId).ok();
    }

    @GET
    @Path("/{id: \\d+}/actuals/{actualId}/comments")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "An actual's review thread", description = "Messages between the actual's reporter and the "
            + "workstream's reviewers, oldest first; a return's note is the reviewers' message.")
    public List<CommentView> comments(@RestPath long id, @RestPath long actualId) {
        return kpis.comments(id, actualId);
    }

    @POST
    @Path("/{id: \\d+}/actuals/{actualId}/comments")
    @RolesAllowed({ Roles.PARTNER, Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Add to an actual's review thread", description = "Partners of the KPI's owner "
            + "organisation (as the reporter) and the workstream's leads or an admin (as reviewers); anyone else "
            + "403. Messages are never edited.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentView.class)))
    public Response addComment(@RestPath long id, @RestPath long actualId, @Valid @NotNull CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(kpis.addComment(id, actualId, request)).build();
    }

    @POST
    @Path("/{id: \\d+}/actuals/{actualId}/review")
    @RolesAllowed({ Roles.WORKSTREAM_LEAD, Roles.ADMIN })
    @Operation(summary = "Approve, reject or return a submitted actual", description = "The workstream's leads or "
            + "an admin; nobody approves an actual they submitted (403). RETURNED sends it back to the reporter with "
            + "the note as a message in its thread; the reporter answers there and submits it again. Only approved "
            + "actuals count towards RAG. If-Match is checked when given.")
    public RestResponse<ActualView> review(@RestPath long id, @RestPath long actualId,
            @RestHeader("If-Match") String ifMatch,
            @Valid @NotNull ReviewRequest request) {
        return kpis.review(id, actualId, ifMatch, request).ok();
    }

    @GET
    @Path("/{id: \\d+}/reach")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "The KPI's reach per period, or as CSV (a line per category)",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReachView.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "Who a KPI reached: the most deprived 20 % against their share of the population",
            description = "Core20PLUS5-style, per period with an approved actual: the percentage of those reached "
                    + "(whose deprivation quintile is known) living in quintile 1, against the KPI's "
                    + "mostDeprivedPopulationShare, judged PROPORTIONATE_OR_MORE or LESS_THAN_PROPORTIONATE "
                    + "(proportionate universalism), with every breakdown reported (ward, ethnic group, sex, age "
                    + "band). Also as text/csv.")
    public Response reach(@RestPath long id, @RestQuery @Parameter(description = "json or csv; overrides Accept")
            String format, @Context HttpHeaders headers) {
        ReachView reach = kpis.reach(id);
        if (!CsvResponses.wantsCsv(headers, format)) {
            return Response.ok(reach, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return CsvResponses.stream("kpi-" + id + "-reach.csv", csv -> {
            csv.row(REACH_HEADER);
            for (ReachView.Period period : reach.periods()) {
                List<Object> common = Arrays.asList(reach.kpiId(), period.period(), period.actual(),
                        period.mostDeprivedShare(), period.populationShare(), period.judgement());
                if (period.dimensions().isEmpty()) {
                    csv.row(reachLine(common, null, null, null, null));
                }
                for (ReachView.Dimension dimension : period.dimensions()) {
                    for (ReachView.Category category : dimension.categories()) {
                        csv.row(reachLine(common, dimension.dimension(), category.category(), category.value(),
                                category.share()));
                    }
                }
            }
        });
    }

    private static List<Object> reachLine(List<Object> common, Object dimension, Object category, Object value,
            Object share) {
        List<Object> line = new ArrayList<>(common.subList(0, 3));
        line.addAll(Arrays.asList(dimension, category, value, share));
        line.addAll(common.subList(3, common.size()));
        return line;
    }

    @GET
    @Path("/{id: \\d+}/values")
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @RolesAllowed(Roles.VIEWER)
    @APIResponse(responseCode = "200", description = "A page of the KPI's values, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiValuePage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "A KPI's target, actual and RAG per period", description = "With the rule version that "
            + "computed each RAG; also as text/csv, then unpaged.")
    public Response values(@RestPath long id, @RestQuery @Parameter(description = "json or csv; overrides Accept")
            String format, @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return values("kpi-" + id + "-values.csv", kpis.values(id), format, paging, uriInfo, headers);
    }

    private static Response values(String filename, List<KpiValueView> values, String format, PageParams paging,
            UriInfo uriInfo, HttpHeaders headers) {
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.stream(filename, csv -> {
                csv.row(VALUE_HEADER);
                values.forEach(value -> csv.row(Arrays.asList(value.kpiId(), value.kpi(), value.workstream(),
                        value.period(), value.periodStart(), value.target(), value.actual(), value.actualStatus(),
                        value.comparedValue(), value.rag(), value.reason(), value.ruleVersion(), value.computedAt())));
            });
        }
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, PagedResult.slice(values, page)).toResponse();
    }
}
