package org.healthequity.workstreams.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.healthequity.common.csv.CsvReader;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.conventions.ProblemType;
import org.healthequity.workstreams.mapping.BatchMode;

/**
 * What the batch endpoints (KPI actuals, action progress) share, so that a partner's spreadsheet meets the same
 * rules wherever it is sent: JSON rows or a CSV read by its header, at most {@link #MAX_ROWS} rows (413 beyond),
 * every row checked and each problem naming its row and field, all or nothing unless {@code VALID_ONLY}, and a dry
 * run that stores nothing.
 */
public final class BatchRows {

    public static final int MAX_ROWS = 5_000;
    private static final int MAX_ERRORS_SHOWN = 1_000;
    /** Longest number or date text read; longer is refused before parsing (1E999999999 would otherwise parse). */
    private static final int MAX_NUMBER = 40;

    private BatchRows() {
    }

    /** One row's check: the problems it adds, and what to store when it adds none. */
    interface RowCheck<R, C> {
        C check(int row, R given, List<ProblemError> problems);
    }

    /** The rows that passed, the rows refused, and every problem, in row order. */
    record Checked<C>(int rowsRead, List<C> valid, Set<Integer> refused, List<ProblemError> errors) {

        /** What is stored: every valid row, unless all or nothing was asked and a row was refused. */
        List<C> stored(BatchMode mode) {
            return errors.isEmpty() || mode == BatchMode.VALID_ONLY ? valid : List.of();
        }

        List<ProblemError> shown() {
            return errors.size() > MAX_ERRORS_SHOWN ? List.copyOf(errors.subList(0, MAX_ERRORS_SHOWN)) : errors;
        }
    }

    /**
     * Checks each row (a row already refused while reading is {@code null} and keeps its problems); all or nothing
     * with a refused row and no dry run is a 422 listing the problems, with nothing stored.
     */
    static <R, C> Checked<C> check(List<R> rows, List<ProblemError> readErrors, RowCheck<R, C> check,
            boolean dryRun, BatchMode mode) {
        if (rows.isEmpty() && readErrors.isEmpty()) {
            throw ApiException.invalidField("body", "empty", "The batch has no rows");
        }
        List<ProblemError> errors = new ArrayList<>(readErrors);
        Set<Integer> refused = new LinkedHashSet<>();
        readErrors.forEach(error -> refused.add(error.row()));
        List<C> valid = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            int row = index + 1;
            if (refused.contains(row)) {
                continue;
            }
            List<ProblemError> problems = new ArrayList<>();
            C checked = rows.get(index) == null ? null : check.check(row, rows.get(index), problems);
            if (rows.get(index) == null) {
                problems.add(ProblemError.row(row, null, "required", "The row is empty"));
            }
            if (problems.isEmpty()) {
                valid.add(checked);
            } else {
                refused.add(row);
                errors.addAll(problems);
            }
        }
        Checked<C> result = new Checked<>(rows.size(), valid, refused, errors);
        if (!errors.isEmpty() && mode == BatchMode.ALL_OR_NOTHING && !dryRun) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, refused.size() + " of " + rows.size()
                    + " row(s) refused; nothing was stored", result.shown());
        }
        return result;
    }

    /**
     * A row's list of nested items (evidence links, breakdowns) checked as one request's would be: at most
     * {@code max}, none empty, each meeting its constraints; each problem names the row and the item's field. False
     * when there are too many to look at one by one.
     */
    static <T> boolean checkEach(Validator validator, int row, String field, List<T> items, int max, String plural,
            String emptyItem, List<ProblemError> problems) {
        if (items == null) {
            return true;
        }
        if (items.size() > max) {
            problems.add(ProblemError.row(row, field, "too_many", "At most " + max + " " + plural));
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            String itemField = field + "[" + i + "]";
            if (items.get(i) == null) {
                problems.add(ProblemError.row(row, itemField, "required", emptyItem));
                continue;
            }
            for (ConstraintViolation<T> violation : validator.validate(items.get(i))) {
                problems.add(ProblemError.row(row, itemField + "." + violation.getPropertyPath(), "invalid",
                        violation.getMessage()));
            }
        }
        return true;
    }

    static <T> List<T> readJson(ObjectMapper json, InputStream body, TypeReference<List<T>> type) {
        try {
            List<T> rows = json.readValue(body, type);
            if (rows == null) {
                throw ApiException.invalidField("body", "required", "Send a JSON array of rows");
            }
            requireAtMost(rows.size());
            return rows;
        } catch (JsonProcessingException e) {
            // The service's mapper of Jackson's problems names the field (400 unreadable, 422 mistyped).
            throw new WebApplicationException(e, 400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV row by column name (lower case): trimmed cells, null when empty or the column is not given. */
    record CsvRow(Map<String, Integer> columns, List<String> cells) {

        String cell(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = cells.get(index).trim();
            return value.isEmpty() ? null : value;
        }
    }

    /**
     * CSV rows by their header (the columns in any order and case). A row whose cell count differs from the header's
     * is a problem of its row and comes back {@code null}; a missing or unknown column refuses the whole batch.
     */
    static <T> List<T> readCsv(InputStream body, Set<String> known, Set<String> required,
            List<ProblemError> errors, BiFunction<Integer, CsvRow, T> read) {
        List<T> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            List<String> header = reader.next();
            if (header == null) {
                return rows;
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).trim().toLowerCase(Locale.ROOT);
                if (!known.contains(name)) {
                    throw ApiException.invalidField(header.get(i), "unknown_column", "The columns are "
                            + String.join(", ", known.stream().sorted().toList()));
                }
                if (columns.put(name, i) != null) {
                    throw ApiException.invalidField(name, "duplicate_column", "The column " + name
                            + " is given twice");
                }
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw ApiException.invalidField(column, "missing_column", "The CSV needs a " + column
                            + " column");
                }
            }
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                requireAtMost(rows.size() + 1);
                int row = rows.size() + 1;
                if (record.size() != header.size()) {
                    errors.add(ProblemError.row(row, null, "columns", "The row has " + record.size()
                            + " cells; the header has " + header.size()));
                    rows.add(null);
                    continue;
                }
                rows.add(read.apply(row, new CsvRow(columns, record)));
            }
        } catch (CsvReader.MalformedCsvException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The CSV cannot be read: " + e.getMessage());
        }
        return rows;
    }

    /** A number cell; a problem of the row when it is not one (or, for ids, not whole). */
    static Optional<BigDecimal> number(String text, int row, String field, List<ProblemError> errors,
            boolean whole) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (text.length() > MAX_NUMBER) {
                throw new NumberFormatException();
            }
            BigDecimal number = new BigDecimal(text);
            if (whole) {
                number.longValueExact();
            }
            return Optional.of(number);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(ProblemError.row(row, field, "not_a_number", "'" + shortened(text) + "' is not "
                    + (whole ? "an id" : "a number")));
            return Optional.empty();
        }
    }

    /** A day cell written 2024-09-30; a problem of the row when it is not one. */
    static Optional<LocalDate> date(String text, int row, String field, List<ProblemError> errors) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (text.length() > MAX_NUMBER) {
                throw new DateTimeParseException("too long", text, 0);
            }
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            errors.add(ProblemError.row(row, field, "not_a_date", "'" + shortened(text) + "' is not a day written "
                    + "2024-09-30"));
            return Optional.empty();
        }
    }

    /** A cell naming one of an enumeration's values, in any case; a problem of the row otherwise. */
    static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text, int row, String field,
            List<ProblemError> errors) {
        if (text == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return Optional.of(value);
            }
        }
        errors.add(ProblemError.row(row, field, "invalid", "'" + shortened(text) + "' is not one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return Optional.empty();
    }

    private static String shortened(String text) {
        return text.length() > MAX_NUMBER ? text.substring(0, MAX_NUMBER) + "…" : text;
    }

    private static void requireAtMost(int rows) {
        if (rows > MAX_ROWS) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "A batch takes at most " + MAX_ROWS
                    + " rows; send the rest in another");
        }
    }
}
