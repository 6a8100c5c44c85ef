package org.healthequity.indicators.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.healthequity.indicators.mapping.MethodRequests;
import org.healthequity.indicators.mapping.MethodResults;
import org.healthequity.indicators.service.MethodService;

@Path("/api/v1/methods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Methods", description = "England's public-health statistical methods as calculators: open to anyone, "
        + "storing nothing. Impossible input is a 422 problem saying why.")
@PermitAll
public class MethodResource {

    /** One calculator, as the index lists it. */
    public record Calculator(String path, String method, String description) {
    }

    private final MethodService methods;

    MethodResource(MethodService methods) {
        this.methods = methods;
    }

    @GET
    @Operation(summary = "The calculators")
    public List<Calculator> index() {
        return List.of(
                new Calculator("/api/v1/methods/proportion", "Wilson score", "A proportion and its limits"),
                new Calculator("/api/v1/methods/rate", "Exact below 10 events, Byar's from 10", "A crude rate"),
                new Calculator("/api/v1/methods/mean", "Student's t", "A mean and its limits"),
                new Calculator("/api/v1/methods/dsr", "Dobson", "A directly standardised rate (ESP 2013 by default)"),
                new Calculator("/api/v1/methods/isr", "Exact or Byar's limits of the observed count",
                        "An indirectly standardised ratio or rate"),
                new Calculator("/api/v1/methods/life-expectancy", "Chiang II with Silcocks' variance",
                        "Life expectancy from 20 age bands, at every age"),
                new Calculator("/api/v1/methods/compare", "Confidence interval overlap or quintiles",
                        "A value compared with a comparator, judged by polarity"),
                new Calculator("/api/v1/methods/trend", "Chi-squared test for trend or weighted least squares",
                        "The recent trend of 5 annual points"),
                new Calculator("/api/v1/methods/sii", "Weighted regression on relative rank, simulated limits",
                        "The slope and relative index of inequality across 5 to 100 quantiles"),
                new Calculator("/api/v1/methods/quantiles", "OHID's method for deprivation categories",
                        "Areas ranked into quantiles by value, within groups, quantile 1 the worst"));
    }

    @POST
    @Path("/proportion")
    @Operation(summary = "Proportion with Wilson score limits")
    public MethodResults.EstimateView proportion(@Valid @NotNull MethodRequests.Proportion request) {
        return methods.proportion(request);
    }

    @POST
    @Path("/rate")
    @Operation(summary = "Crude rate with exact or Byar's limits")
    public MethodResults.EstimateView rate(@Valid @NotNull MethodRequests.Rate request) {
        return methods.rate(request);
    }

    @POST
    @Path("/mean")
    @Operation(summary = "Mean with Student's t limits")
    public MethodResults.EstimateView mean(@Valid @NotNull MethodRequests.Mean request) {
        return methods.mean(request);
    }

    @POST
    @Path("/dsr")
    @Operation(summary = "Directly standardised rate with Dobson's limits")
    public MethodResults.EstimateView dsr(@Valid @NotNull MethodRequests.Dsr request) {
        return methods.dsr(request);
    }

    @POST
    @Path("/isr")
    @Operation(summary = "Indirectly standardised ratio or rate")
    public MethodResults.EstimateView isr(@Valid @NotNull MethodRequests.Isr request) {
        return methods.isr(request);
    }

    @POST
    @Path("/life-expectancy")
    @Operation(summary = "Life expectancy from an abridged life table")
    public MethodResults.LifeExpectancyView lifeExpectancy(@Valid @NotNull MethodRequests.LifeExpectancy request) {
        return methods.lifeExpectancy(request);
    }

    @POST
    @Path("/compare")
    @Operation(summary = "Benchmark comparison")
    public MethodResults.CompareView compare(@Valid @NotNull MethodRequests.Compare request) {
        return methods.compare(request);
    }

    @POST
    @Path("/sii")
    @Operation(summary = "Slope and relative index of inequality",
            description = "As PHEindicatormethods' phe_sii: quantiles from the most deprived (1) to the least; the "
                    + "limits come from a seeded simulation, so the same request gives the same answer.")
    public MethodResults.SiiView sii(@Valid @NotNull MethodRequests.Sii request) {
        return methods.sii(request);
    }

    @POST
    @Path("/quantiles")
    @Operation(summary = "Quantiles of areas",
            description = "As PHEindicatormethods' phe_quantile: each area's quantile within its group, quantile 1 "
                    + "the worst by polarity (or the highest values, with highestFirst); ties share a quantile.")
    public MethodResults.QuantilesView quantiles(@Valid @NotNull MethodRequests.Quantiles request) {
        return methods.quantiles(request);
    }

    @POST
    @Path("/trend")
    @Operation(summary = "Recent trend")
    public MethodResults.TrendView trend(@Valid @NotNull MethodRequests.Trend request) {
        return methods.trend(request);
    }
}
