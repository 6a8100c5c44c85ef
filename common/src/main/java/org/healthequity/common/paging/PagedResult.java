package org.healthequity.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of items with the total count of the whole list, as a service hands it to a resource. */
public record PagedResult<T>(List<T> items, long totalItems) {

    public <R> PagedResult<R> map(Function<T, R> mapper) {
        return new PagedResult<>(items.stream().map(mapper).toList(), totalItems);
    }
}
