package org.healthequity.common.paging;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The {@code page} and {@code pageSize} query parameters of every list endpoint. They are read as text so that
 * {@code page=abc} is a 400 problem naming the parameter rather than the 404 JAX-RS would give.
 */
public class PageParams {

    @RestQuery
    @Parameter(description = "Page number, from 1", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = PageRequest.MAX_PAGE_TEXT))
    public String page;

    @RestQuery
    @Parameter(description = "Items per page, 1 to " + PageRequest.MAX_PAGE_SIZE + " (default "
            + PageRequest.DEFAULT_PAGE_SIZE + ")", example = "50",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = PageRequest.MAX_PAGE_SIZE_TEXT))
    public String pageSize;

    public PageRequest toRequest() {
        return PageRequest.parse(page, pageSize);
    }
}
