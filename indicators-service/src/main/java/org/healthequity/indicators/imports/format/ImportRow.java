package org.healthequity.indicators.imports.format;

/** One row of an import as it arrived: text per field, null where the row has none. */
public final class ImportRow {

    private final int number;
    private final String[] values = new String[ImportField.values().length];

    public ImportRow(int number) {
        this.number = number;
    }

    /** The 1-based data row (the CSV header is not counted), as errors name it. */
    public int number() {
        return number;
    }

    public String get(ImportField field) {
        return values[field.ordinal()];
    }

    public ImportRow set(ImportField field, String value) {
        values[field.ordinal()] = value == null || value.isBlank() ? null : value.trim();
        return this;
    }
}
