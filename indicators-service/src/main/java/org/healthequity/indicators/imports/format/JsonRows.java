package org.healthequity.indicators.imports.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.healthequity.common.csv.CsvReader;
import org.healthequity.common.problem.ApiException;
import org.healthequity.conventions.ProblemType;

/**
 * Reads a JSON array of observations, one element at a time. An element may be what {@code GET
 * /api/v1/observations} returns (a period object, names, ids), so that JSON read from this API imports back.
 */
public final class JsonRows implements ImportRows {

    private static final Map<String, ImportField> FIELDS = Map.ofEntries(
            Map.entry("indicatorId", ImportField.INDICATOR_ID), Map.entry("areaCode", ImportField.AREA_CODE),
            Map.entry("sex", ImportField.SEX), Map.entry("age", ImportField.AGE),
            Map.entry("categoryType", ImportField.CATEGORY_TYPE), Map.entry("category", ImportField.CATEGORY),
            Map.entry("period", ImportField.PERIOD), Map.entry("value", ImportField.VALUE),
            Map.entry("lowerCi95", ImportField.LOWER_95), Map.entry("upperCi95", ImportField.UPPER_95),
            Map.entry("lowerCi998", ImportField.LOWER_998), Map.entry("upperCi998", ImportField.UPPER_998),
            Map.entry("count", ImportField.COUNT), Map.entry("denominator", ImportField.DENOMINATOR),
            Map.entry("valueNote", ImportField.VALUE_NOTE), Map.entry("status", ImportField.STATUS),
            Map.entry("limitsSource", ImportField.LIMITS_SOURCE),
            Map.entry("source", ImportField.SOURCE));
    private static final Map<String, ImportField> REPORTED = Map.of(
            "trend", ImportField.REPORTED_TREND, "comparedToEngland", ImportField.REPORTED_VS_ENGLAND,
            "comparedToRegion", ImportField.REPORTED_VS_REGION,
            "comparedToNeighbours", ImportField.REPORTED_VS_NEIGHBOURS);

    /**
     * Bounds no observation comes near, so that one element cannot take the heap: a string of 10,000 characters
     * (CsvReader's field), a number of 100 digits, nesting 8 deep.
     */
    private static final JsonFactory BOUNDED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(CsvReader.MAX_FIELD_LENGTH)
                    .maxNumberLength(100).maxNestingDepth(8).build())
            .build();

    private static final Map<String, ImportField> PERIOD_OBJECT = Map.of("label", ImportField.PERIOD);
    /** More than an observation has, nested objects included (about 30). */
    private static final int MAX_FIELDS = 200;

    private final JsonParser parser;
    private int number;

    /** The top-level names a row is read from, as the contract's ImportObservation documents them. */
    public static Set<String> fieldNames() {
        Set<String> names = new TreeSet<>(FIELDS.keySet());
        names.add("reported");
        return names;
    }

    /** The names read inside {@code reported}. */
    public static Set<String> reportedNames() {
        return new TreeSet<>(REPORTED.keySet());
    }

    public JsonRows(InputStream in) {
        try {
            this.parser = BOUNDED.createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw malformed("A JSON import is an array of observations");
            }
        } catch (JsonProcessingException e) {
            throw malformed("The body is not well-formed JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ImportRow next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return null;
            }
            ImportRow row = new ImportRow(++number);
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return row;
            }
            // Field by field, without building the element: fields no observation has are skipped unread.
            int fields = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                fields = counted(fields);
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("reported") && value == JsonToken.START_OBJECT) {
                    fields = readObject(row, REPORTED, fields);
                } else if (name.equals("period") && value == JsonToken.START_OBJECT) {
                    fields = readObject(row, PERIOD_OBJECT, fields);
                } else if (FIELDS.containsKey(name)) {
                    row.set(FIELDS.get(name), text(value));
                } else {
                    parser.skipChildren();
                }
            }
            return row;
        } catch (JsonProcessingException e) {
            throw malformed("The JSON is malformed after row " + number + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String fieldName(ImportField field) {
        return field.jsonName();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of a nested object that the mapping names; the others are skipped unread. */
    private int readObject(ImportRow row, Map<String, ImportField> mapping, int fields) throws IOException {
        int seen = fields;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            seen = counted(seen);
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (mapping.containsKey(name)) {
                row.set(mapping.get(name), text(value));
            } else {
                parser.skipChildren();
            }
        }
        return seen;
    }

    private int counted(int fields) {
        if (fields >= MAX_FIELDS) {
            throw malformed("Row " + number + " has more than " + MAX_FIELDS + " fields");
        }
        return fields + 1;
    }

    /** The value as written, null for JSON null; an object or array, which no field takes, is named and skipped. */
    private String text(JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.isScalarValue()) {
            return parser.getText();
        }
        parser.skipChildren();
        return value == JsonToken.START_ARRAY ? "(an array)" : "(an object)";
    }

    private static ApiException malformed(String detail) {
        return new ApiException(ProblemType.MALFORMED_REQUEST, detail);
    }
}
