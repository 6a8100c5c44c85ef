package org.healthequity.indicators.imports.format;

import java.io.Reader;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthequity.common.csv.CsvReader;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.conventions.ProblemType;

/**
 * Reads a Fingertips CSV download as it comes: columns found by name in any order, quoted fields with line breaks,
 * either name of the parent comparison column ({@code Compared to Region value or percentiles}, or named for the
 * parent, such as {@code Compared to East of England region value or percentiles}). Extra columns are ignored. This
 * system's own export adds {@code Reported …} columns, which win over the computed ones, so that an export
 * imports back unchanged.
 */
public final class FingertipsCsvRows implements ImportRows {

    private static final Pattern COMPARED_TO = Pattern.compile("compared to (.+) value or percentiles");
    private static final List<ImportField> REQUIRED = List.of(ImportField.INDICATOR_ID, ImportField.AREA_CODE,
            ImportField.PERIOD, ImportField.VALUE);
    private static final Map<String, ImportField> REPORTED_COLUMNS = Map.of(
            "reported trend", ImportField.REPORTED_TREND,
            "reported comparison to england", ImportField.REPORTED_VS_ENGLAND,
            "reported comparison to region", ImportField.REPORTED_VS_REGION,
            "reported comparison to parent", ImportField.REPORTED_VS_REGION,
            "reported comparison to neighbours", ImportField.REPORTED_VS_NEIGHBOURS);

    private final CsvReader csv;
    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    /** The columns as parallel arrays, read once per row. */
    private final ImportField[] fields;
    private final int[] indexes;
    private int number;

    public FingertipsCsvRows(Reader reader) {
        this.csv = new CsvReader(reader);
        List<String> header = read();
        if (header == null) {
            throw malformed("The file is empty: a Fingertips CSV starts with its header row");
        }
        Map<ImportField, Integer> reported = new EnumMap<>(ImportField.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            String lower = name.toLowerCase(Locale.ROOT);
            ImportField field = byCsvName(lower);
            if (field != null) {
                columns.putIfAbsent(field, i);
                continue;
            }
            if (REPORTED_COLUMNS.containsKey(lower)) {
                reported.put(REPORTED_COLUMNS.get(lower), i);
                continue;
            }
            Matcher comparedTo = COMPARED_TO.matcher(lower);
            if (comparedTo.matches() && !comparedTo.group(1).equals("goal")) {
                columns.putIfAbsent(comparedTo.group(1).equals("england") ? ImportField.REPORTED_VS_ENGLAND
                        : ImportField.REPORTED_VS_REGION, i);
            }
        }
        columns.putAll(reported);
        List<ProblemError> missing = REQUIRED.stream().filter(field -> !columns.containsKey(field))
                .map(field -> ProblemError.field(field.csvName(), "missing_column",
                        "The header has no '" + field.csvName() + "' column"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The CSV lacks columns a Fingertips download has",
                    missing);
        }
        fields = columns.keySet().toArray(ImportField[]::new);
        indexes = columns.values().stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public ImportRow next() {
        List<String> record;
        do {
            record = read();
            if (record == null) {
                return null;
            }
        } while (record.size() == 1 && record.get(0).isBlank());
        ImportRow row = new ImportRow(++number);
        for (int i = 0; i < fields.length; i++) {
            row.set(fields[i], indexes[i] < record.size() ? record.get(indexes[i]) : null);
        }
        return row;
    }

    @Override
    public String fieldName(ImportField field) {
        return field.csvName();
    }

    @Override
    public void close() {
        csv.close();
    }

    private List<String> read() {
        try {
            return csv.next();
        } catch (CsvReader.MalformedCsvException e) {
            throw malformed("The CSV is malformed at " + e.getMessage());
        }
    }

    private static ImportField byCsvName(String lower) {
        for (ImportField field : ImportField.values()) {
            if (field.csvName().toLowerCase(Locale.ROOT).equals(lower)) {
                return field;
            }
        }
        return null;
    }

    private static ApiException malformed(String detail) {
        return new ApiException(ProblemType.MALFORMED_REQUEST, detail);
    }
}
