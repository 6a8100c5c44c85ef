package org.healthequity.indicators.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.healthequity.common.csv.CsvResponses;
import org.healthequity.common.http.QueryParams;
import org.healthequity.common.paging.PageParams;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.Pages;
import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.period.YearType;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.security.Caller;
import org.healthequity.common.security.Roles;
import org.healthequity.indicators.exports.ObservationExport;
import org.healthequity.indicators.mapping.ObservationPage;
import org.healthequity.indicators.repository.AreaGroup;
import org.healthequity.indicators.repository.AreaGroupRepository;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.AreaType;
import org.healthequity.indicators.repository.ObservationRepository;
import org.healthequity.indicators.repository.ObservationStatus;
import org.healthequity.indicators.service.ObservationService;
import org.healthequity.indicators.service.ScorecardService;

@Path("/api/v1/observations")
@Tag(name = "Observations", description = "Indicator values per area, period and breakdown, with their intervals")
@PermitAll
public class ObservationResource {

    private final ObservationService observations;
    private final ObservationExport export;
    private final Caller caller;
    private final AreaRepository areas;
    private final AreaGroupRepository groups;

    ObservationResource(ObservationService observations, ObservationExport export, Caller caller,
            AreaRepository areas, AreaGroupRepository groups) {
        this.areas = areas;
        this.groups = groups;
        this.observations = observations;
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV })
    @APIResponse(responseCode = "200",
            description = "A page of observations, or all of them as CSV in the Fingertips layout", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "List observations", description = "Open data: published values. JSON is paged; text/csv "
            + "(or format=csv) streams every matching row in the column layout of a Fingertips download, with "
            + "comparisons to England and the parent area and the recent trend computed by each indicator's method. "
            + "Provisional values are for analysts and admins: they see every status unless they filter by one; "
            + "anyone else who asks for status=PROVISIONAL is refused (403).")
    public Response list(
            @RestQuery @Parameter(description = "Indicator ids, comma-separated", example = "90366,92196")
            String indicator,
            @RestQuery @Parameter(description = "Area codes, comma-separated", example = "E06000032,E92000001")
            String area,
            @RestQuery @Parameter(description = "Period labels, comma-separated", example = "2020-22") String period,
            @RestQuery @Parameter(example = "Persons") String sex,
            @RestQuery @Parameter(example = "All ages") String age,
            @RestQuery @Parameter(description = "Inequality breakdown type") String categoryType,
            @RestQuery @Parameter(description = "Inequality category") String category,
            @RestQuery @Parameter(description = "Only rows changed since, ISO 8601", example = "2024-04-01T00:00:00Z")
            String updatedSince,
            @RestQuery @Parameter(description = "PROVISIONAL (analysts and admins) or PUBLISHED",
                    schema = @Schema(implementation = ObservationStatus.class)) String status,
            @RestQuery @Parameter(description = "Only the child areas of this area", example = "E12000006")
            String parent,
            @RestQuery @Parameter(description = "Only areas of this type", schema = @Schema(enumeration = {
                    "COUNTRY", "REGION", "COUNTY_UA", "DISTRICT_UA", "WARD", "OTHER" })) String areaType,
            @RestQuery @Parameter(description = "Only the members of this area group") String areaGroup,
            @RestQuery @Parameter(description = "Only the indicators of this Marmot principle, 0 to 8",
                    example = "1") String principle,
            @RestQuery @Parameter(description = "true: only each series' latest period (per indicator, area, sex, "
                    + "age and category)") String latest,
            @RestQuery @Parameter(description = "From this period on, inclusive: a label or Fingertips' 8-digit "
                    + "sortable key", example = "2018") String from,
            @RestQuery @Parameter(description = "Up to this period, inclusive: a label or a sortable key",
                    example = "20220000") String to,
            @RestQuery @Parameter(description = "JSON order, comma-separated, '-' for descending: id (the "
                    + "default), indicator, area, period, value, updated", example = "-period,area",
                    schema = @Schema(pattern = ObservationSorts.PATTERN)) String sort,
            @RestQuery @Parameter(description = "CSV: comparator groups (group:<id>, comma-separated, at most 10), "
                    + "each adding its value (members' summed counts, or their median) and the comparison with it")
            String comparators,
            @RestQuery @Parameter(description = "json or csv; overrides Accept") String format,
            @BeanParam PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        ObservationRepository.Filter filter = new ObservationRepository.Filter(integers("indicator", indicator),
                QueryParams.commaSeparated(area), periods(period), sex, age, categoryType, category,
                QueryParams.instant("updatedSince", updatedSince),
                readable(QueryParams.enumValue(ObservationStatus.class, "status", status)),
                knownArea("parent", parent), QueryParams.enumValue(AreaType.class, "areaType", areaType),
                knownGroup(areaGroup), principle(principle), sortKey("from", from), sortKey("to", to),
                flag("latest", latest), ObservationSorts.of(sort));
        if (CsvResponses.wantsCsv(headers, format)) {
            List<AreaGroup> comparatorGroups = comparatorGroups(comparators);
            return CsvResponses.spooled("observations.csv", csv -> export.write(filter, comparatorGroups, csv));
        }
        PageRequest page = paging.toRequest();
        return Pages.response(uriInfo, page, observations.list(filter, page)).toResponse();
    }

    /** The status this caller reads: published only, unless the caller may see provisional values. */
    private ObservationStatus readable(ObservationStatus asked) {
        if (caller.hasAnyRole(Roles.ANALYST, Roles.ADMIN)) {
            return asked;
        }
        if (asked == ObservationStatus.PROVISIONAL) {
            throw ApiException.forbidden("Provisional values are for analysts and admins; open data is published "
                    + "values only");
        }
        return ObservationStatus.PUBLISHED;
    }

    private String knownArea(String parameter, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (areas.findByIdOptional(code.trim()).isEmpty()) {
            throw ApiException.badParameter(parameter, parameter + " " + code.trim() + " is not a known area code");
        }
        return code.trim();
    }

    /** The export compares with England and the parent itself: comparators name groups only. */
    private List<AreaGroup> comparatorGroups(String text) {
        List<String> codes = QueryParams.commaSeparated(text).stream().distinct().toList();
        if (codes.size() > ScorecardService.MAX_COMPARATORS) {
            throw ApiException.badParameter("comparators", "at most " + ScorecardService.MAX_COMPARATORS
                    + " comparators");
        }
        List<AreaGroup> found = new ArrayList<>();
        for (String code : codes) {
            if (!code.startsWith(ScorecardService.GROUP_PREFIX)) {
                throw ApiException.badParameter("comparators", "the export compares with England and the parent "
                        + "area already; comparators names groups (group:<id>), not " + code);
            }
            String id = code.substring(ScorecardService.GROUP_PREFIX.length());
            found.add(groups.findByIdOptional(id).orElseThrow(() -> ApiException.badParameter("comparators",
                    "comparator " + code + " is not a known area group")));
        }
        return found;
    }

    private String knownGroup(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (groups.findByIdOptional(id.trim()).isEmpty()) {
            throw ApiException.badParameter("areaGroup", "areaGroup " + id.trim() + " is not a known area group");
        }
        return id.trim();
    }

    private static Short principle(String text) {
        Integer principle = QueryParams.integer("principle", text);
        if (principle != null && (principle < 0 || principle > 8)) {
            throw ApiException.badParameter("principle", "principle must be 0 to 8");
        }
        return principle == null ? null : principle.shortValue();
    }

    /** A period label, or Fingertips' 8-digit sortable key, as the key periods are ordered by. */
    private static Integer sortKey(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.matches("\\d{8}")) {
            return Integer.valueOf(trimmed);
        }
        try {
            return PeriodParser.parse(trimmed, YearType.FINANCIAL).sortKey();
        } catch (PeriodParser.UnparseablePeriodException e) {
            throw ApiException.badParameter(parameter, parameter + ": " + e.getMessage());
        }
    }

    private static boolean flag(String parameter, String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiException.badParameter(parameter, parameter + " must be true or false");
    }

    /** Period labels as stored: {@code 2018 - 20} finds {@code 2018-20}. */
    private static List<String> periods(String commaSeparated) {
        return QueryParams.commaSeparated(commaSeparated).stream().map(label -> {
            try {
                return PeriodParser.parse(label, YearType.FINANCIAL).label();
            } catch (PeriodParser.UnparseablePeriodException e) {
                return label;
            }
        }).toList();
    }

    private static List<Integer> integers(String parameter, String commaSeparated) {
        try {
            return QueryParams.commaSeparated(commaSeparated).stream().map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(parameter, parameter + " must be comma-separated indicator ids");
        }
    }
}
