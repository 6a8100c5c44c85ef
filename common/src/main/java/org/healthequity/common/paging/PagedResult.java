package org.healthequity.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of items with the total count of the whole list, as a service hands it to a resource. */
public record PagedResult<T>(List<T> items, long totalItems) {

    /** The requested page of a list held whole in memory (short lists such as the four workstreams). */
    public static <T> PagedResult<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new PagedResult<>(all.subList(from, to), all.size());
    }

    public <R> PagedResult<R> map(Function<T, R> mapper) {
        return new PagedResult<>(items.stream().map(mapper).toList(), totalItems);
    }
}
