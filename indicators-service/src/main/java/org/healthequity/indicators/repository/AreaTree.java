package org.healthequity.indicators.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every area with its parent, read once and then walked in memory: comparisons climb from an area to England, and
 * quintile comparisons gather the areas of one type under an ancestor, many times for one scorecard or export.
 */
public final class AreaTree {

    public static final String ENGLAND = "E92000001";

    private final Map<String, Area> byCode;

    private AreaTree(Map<String, Area> byCode) {
        this.byCode = byCode;
    }

    public static AreaTree of(Collection<Area> areas) {
        Map<String, Area> byCode = new HashMap<>();
        areas.forEach(area -> byCode.put(area.code, area));
        return new AreaTree(byCode);
    }

    /** The area of that code, or null. */
    public Area get(String code) {
        return byCode.get(code);
    }

    public Collection<Area> all() {
        return byCode.values();
    }

    /** The area's parent, or null for England, an area without a parent, or no area. */
    public Area parentOf(Area area) {
        return area == null || area.parentCode == null ? null : byCode.get(area.parentCode);
    }

    /** The area's ancestors, England first, its parent last. */
    public List<Area> ancestors(Area area) {
        List<Area> ancestors = new ArrayList<>();
        for (Area up = parentOf(area); up != null; up = parentOf(up)) {
            ancestors.add(0, up);
        }
        return ancestors;
    }

    public boolean descends(Area area, Area ancestor) {
        for (Area up = parentOf(area); up != null; up = parentOf(up)) {
            if (up.code.equals(ancestor.code)) {
                return true;
            }
        }
        return false;
    }

    /** The codes of the areas of that type anywhere under the ancestor. */
    public List<String> codesUnder(Area ancestor, AreaType type) {
        return byCode.values().stream().filter(area -> area.type == type && descends(area, ancestor))
                .map(area -> area.code).toList();
    }
}
