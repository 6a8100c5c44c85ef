package org.healthequity.indicators.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.common.problem.ProblemMappers;
import org.healthequity.indicators.statistics.InvalidInputException;

/** Input a statistical method cannot use, or a period label it cannot read, is a 422 problem naming the field. */
public class StatisticsProblemMapper {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException exception, UriInfo uriInfo) {
        return problems.apiException(ApiException.invalid(exception.getMessage(),
                List.of(ProblemError.field(exception.field(), "invalid", exception.getMessage()))), uriInfo);
    }

    @ServerExceptionMapper
    public Response unparseablePeriod(PeriodParser.UnparseablePeriodException exception, UriInfo uriInfo) {
        return problems.apiException(ApiException.invalid(exception.getMessage(),
                List.of(ProblemError.field("period", "unparseable_period", exception.getMessage()))), uriInfo);
    }
}
