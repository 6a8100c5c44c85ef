package org.healthequity.indicators.imports.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    private final ObjectMapper mapper;
    private final JsonParser parser;
    private int number;

    public JsonRows(ObjectMapper mapper, InputStream in) {
        this.mapper = mapper;
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
            JsonNode element = mapper.readTree(parser);
            for (Iterator<Map.Entry<String, JsonNode>> fields = element.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("reported") && field.getValue().isObject()) {
                    REPORTED.forEach((name, target) -> row.set(target, text(field.getValue().get(name))));
                } else if (field.getKey().equals("period") && field.getValue().isObject()) {
                    row.set(ImportField.PERIOD, text(field.getValue().get("label")));
                } else if (FIELDS.containsKey(field.getKey())) {
                    row.set(FIELDS.get(field.getKey()), text(field.getValue()));
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

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static ApiException malformed(String detail) {
        return new ApiException(ProblemType.MALFORMED_REQUEST, detail);
    }
}
