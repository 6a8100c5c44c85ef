package org.healthequity.common.paging;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The envelope of every list: the items, where this page sits, and absolute links to its neighbours so that a BI
 * tool can follow {@code next} until it is absent.
 */
public record Page<T>(List<T> items, Meta page, Links links) {

    public record Meta(int number, int size, long totalItems, int totalPages) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String self, String first, String prev, String next, String last) {
    }
}
