package org.healthequity.common.csv;

/**
 * What one column of a CSV holds, for its CSVW description: its datatype (a CSVW/XSD name such as {@code integer},
 * {@code decimal}, {@code date}, {@code dateTime}, {@code boolean} or {@code string}), its unit where it has one, and
 * what it means.
 */
public record CsvColumn(String title, String datatype, String unit, String description) {

    public static CsvColumn text(String title, String description) {
        return new CsvColumn(title, "string", null, description);
    }

    public static CsvColumn integer(String title, String description) {
        return new CsvColumn(title, "integer", null, description);
    }

    public static CsvColumn decimal(String title, String unit, String description) {
        return new CsvColumn(title, "decimal", unit, description);
    }

    public static CsvColumn date(String title, String description) {
        return new CsvColumn(title, "date", null, description);
    }

    public static CsvColumn dateTime(String title, String description) {
        return new CsvColumn(title, "dateTime", null, description);
    }

    public static CsvColumn bool(String title, String description) {
        return new CsvColumn(title, "boolean", null, description);
    }

    /** The same description under another title (a comparator's or a group's own column), naming it. */
    CsvColumn titled(String other, String name) {
        return new CsvColumn(other, datatype, unit, description.replace("{}", name));
    }
}
