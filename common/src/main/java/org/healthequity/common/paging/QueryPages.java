package org.healthequity.common.paging;

import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a Panache query, mapped to the representation a list shows. */
public final class QueryPages {

    private QueryPages() {
    }

    public static <E, T> PagedResult<T> of(PanacheQuery<E> query, PageRequest page, Function<? super E, T> mapper) {
        return new PagedResult<>(query.page(page.number() - 1, page.size()).list().stream().map(mapper).toList(),
                query.count());
    }
}
