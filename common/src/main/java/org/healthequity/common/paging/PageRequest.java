package org.healthequity.common.paging;

import org.healthequity.common.problem.ApiException;

/**
 * A validated page of a list: number from 1 and a size within the cap, and an offset that a query can take (a page
 * whose first item would lie past the 2,147,483,647th is refused rather than wrapped round).
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    /** The bounds as the contract states them (annotation values are text). */
    public static final String MAX_PAGE_SIZE_TEXT = "500";
    public static final String MAX_PAGE_TEXT = "2147483647";

    public PageRequest {
        if (number < 1) {
            throw ApiException.badParameter("page", "page must be 1 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badParameter("pageSize", "pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) (number - 1) * size > Integer.MAX_VALUE) {
            throw ApiException.badParameter("page", "page must be at most " + lastPage(size) + " with pageSize "
                    + size);
        }
    }

    /** The last page whose first item a query can reach. */
    static int lastPage(int size) {
        return Integer.MAX_VALUE / size + 1;
    }

    public static PageRequest parse(String page, String pageSize) {
        return new PageRequest(parse("page", page, 1), parse("pageSize", pageSize, DEFAULT_PAGE_SIZE));
    }

    public int offset() {
        return (number - 1) * size;
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, name + " must be a whole number, not '" + value + "'");
        }
    }
}
