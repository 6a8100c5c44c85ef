package org.healthequity.common.changes;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The query of every change feed: where to carry on from, and how many events at most. */
public class ChangeParams {

    @RestQuery
    @Parameter(description = "The next of the previous answer; none to start", example = "0-0")
    public String since;

    @RestQuery
    @Parameter(description = "Most events in one answer, 1 to " + ChangeFeed.MAX_LIMIT + " (default "
            + ChangeFeed.DEFAULT_LIMIT + ")", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "1000"))
    public String limit;
}
