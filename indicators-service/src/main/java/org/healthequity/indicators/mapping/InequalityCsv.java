package org.healthequity.indicators.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An inequality breakdown as CSV rows for BI tools: the area's overall value first (position 0), then one row per
 * category along the gradient, each row carrying the breakdown's SII and RII where there are some.
 */
public final class InequalityCsv {

    public static final List<String> HEADER = List.of("Area Code", "Area Name", "Indicator ID", "Indicator Name",
            "Breakdown", "Category Type", "Time period", "Sex", "Age", "Position", "Category", "Child Area Code",
            "Value", "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Count", "Denominator", "Compared to area",
            "SII", "SII lower CI", "SII upper CI", "RII", "RII lower CI", "RII upper CI");

    private InequalityCsv() {
    }

    public static List<List<Object>> rows(InequalityView view) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADER));
        if (view.overall() != null) {
            rows.add(row(view, 0, "Overall", null, view.overall(), null));
        }
        for (InequalityView.Category category : view.categories()) {
            rows.add(row(view, category.position(), category.label(), category.areaCode(), category.value(),
                    category.comparisonLabel()));
        }
        return rows;
    }

    private static List<Object> row(InequalityView view, int position, String label, String childArea,
            InequalityView.Value value, String compared) {
        List<Object> row = new ArrayList<>(List.of(view.area().code(), view.area().name(), view.indicator().id(),
                view.indicator().name(), view.by().name().toLowerCase(Locale.ROOT)));
        row.add(view.categoryType());
        row.add(view.period());
        row.add(view.sex());
        row.add(view.age());
        row.add(position);
        row.add(label);
        row.add(childArea);
        row.add(value.value());
        row.add(value.lowerCi());
        row.add(value.upperCi());
        row.add(value.count());
        row.add(value.denominator());
        row.add(compared);
        MethodResults.SiiView sii = view.sii();
        MethodResults.SiiView.IndexView slope = sii == null ? null : sii.sii();
        MethodResults.SiiView.IndexView relative = sii == null ? null : sii.rii();
        row.add(slope == null ? null : slope.value());
        row.add(slope == null ? null : slope.lowerCi());
        row.add(slope == null ? null : slope.upperCi());
        row.add(relative == null ? null : relative.value());
        row.add(relative == null ? null : relative.lowerCi());
        row.add(relative == null ? null : relative.upperCi());
        return row;
    }
}
