package org.healthequity.indicators.rest;

import java.util.Map;

import io.quarkus.panache.common.Sort;

import org.healthequity.common.problem.ApiException;

/** The orders {@code GET /api/v1/observations} offers, by name; a leading '-' reverses one. */
final class ObservationSorts {

    private static final Map<String, String> FIELDS = Map.of("id", "id", "indicator", "indicatorId", "area",
            "areaCode", "period", "period.sortKey", "value", "value", "updated", "updatedAt");
    private static final int MAX_KEYS = 4;

    private ObservationSorts() {
    }

    /** The order asked for, then by id so that pages never overlap; null for the default (by id). */
    /** The keys as the contract states them: at most {@value #MAX_KEYS}, each with an optional '-'. */
    static final String PATTERN = "^-?(id|indicator|area|period|value|updated)(,-?(id|indicator|area|period|value"
            + "|updated)){0,3}$";

    static Sort of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] keys = text.split(",", MAX_KEYS + 1);
        if (keys.length > MAX_KEYS) {
            throw ApiException.badParameter("sort", "sort takes at most " + MAX_KEYS + " keys");
        }
        Sort sort = null;
        for (String key : keys) {
            String name = key.trim();
            boolean descending = name.startsWith("-");
            String field = FIELDS.get(descending ? name.substring(1) : name);
            if (field == null) {
                throw ApiException.badParameter("sort", "sort keys are id, indicator, area, period, value and "
                        + "updated, each with an optional '-' for descending");
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(field, direction) : sort.and(field, direction);
        }
        return sort.and("id");
    }
}
