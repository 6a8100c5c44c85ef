package org.healthequity.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import org.healthequity.common.changes.ChangeCursor;

/**
 * The query parameters every service reads the same way, typed in the contracts as the services read them: the
 * services take them as text (so that a bad value is a problem naming the parameter, not a bare 404), which the
 * scanner would document as any string. A parameter already given a type, values or pattern keeps it.
 */
final class QueryConventions {

    /** Longest free-text filter any service reads; a period label is far shorter. */
    static final int MAX_TEXT = 200;
    static final int MAX_PERIOD = 32;
    private static final String AREA_CODE = "[A-Z][0-9]{8}";
    private static final String GROUP = "group:[a-z0-9]+(-[a-z0-9]+)*";

    private static final Set<String> FLAGS = Set.of("latest", "overdue", "answered", "done", "dryRun");
    private static final Set<String> PERIODS = Set.of("period", "from", "to", "year");
    private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final Map<String, String> PATTERNS = Map.of(
            "group", SLUG,
            "since", ChangeCursor.PATTERN,
            "areaGroup", SLUG,
            "workstream", SLUG,
            "organisation", SLUG,
            "area", "^" + AREA_CODE + "(," + AREA_CODE + ")*$",
            "parent", "^" + AREA_CODE + "$",
            "indicator", "^[0-9]{1,9}(,[0-9]{1,9})*$",
            "comparators", "^(" + AREA_CODE + "|" + GROUP + ")(,(" + AREA_CODE + "|" + GROUP + "))*$",
            "updatedSince", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?"
                    + "(Z|[+-][0-9]{2}:[0-9]{2}))?$");

    private QueryConventions() {
    }

    static void type(Parameter parameter, Operation operation) {
        if (parameter.getIn() != Parameter.In.QUERY) {
            return;
        }
        if (untyped(parameter.getSchema())) {
            parameter.setSchema(conventional(parameter.getName(), operation));
        }
        typeExample(parameter);
    }

    /** Annotations give examples as text; a number's or a flag's example is written as one. */
    private static void typeExample(Parameter parameter) {
        if (!(parameter.getExample() instanceof String text) || parameter.getSchema() == null
                || parameter.getSchema().getType() == null) {
            return;
        }
        List<Schema.SchemaType> types = parameter.getSchema().getType();
        if (types.contains(Schema.SchemaType.INTEGER) && text.matches("-?[0-9]{1,18}")) {
            parameter.setExample(Long.parseLong(text));
        } else if (types.contains(Schema.SchemaType.BOOLEAN) && text.matches("true|false")) {
            parameter.setExample(Boolean.parseBoolean(text));
        }
    }

    private static Schema conventional(String name, Operation operation) {
        Schema schema;
        if (FLAGS.contains(name)) {
            schema = of(Schema.SchemaType.BOOLEAN);
        } else if (name.equals("principle")) {
            schema = of(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)
                    .maximum(BigDecimal.valueOf(8));
        } else if (name.equals("evaluation")) {
            schema = of(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE);
        } else if (name.equals("format")) {
            schema = of(Schema.SchemaType.STRING).enumeration(formats(operation));
        } else if (PATTERNS.containsKey(name)) {
            schema = of(Schema.SchemaType.STRING).pattern(PATTERNS.get(name));
        } else if (PERIODS.contains(name)) {
            schema = of(Schema.SchemaType.STRING).maxLength(MAX_PERIOD);
        } else {
            schema = of(Schema.SchemaType.STRING).maxLength(MAX_TEXT);
        }
        return schema;
    }

    /** {@code format} names what the operation answers in, as its 200 documents it. */
    private static List<Object> formats(Operation operation) {
        List<Object> formats = new ArrayList<>();
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        Content content = ok == null ? null : ok.getContent();
        if (content == null || content.getMediaTypes() == null || content.hasMediaType("application/json")) {
            formats.add("json");
        }
        if (content != null && content.getMediaTypes() != null) {
            Map<String, List<String>> named = new LinkedHashMap<>();
            named.put("text/csv", List.of("csv"));
            named.put("text/markdown", List.of("markdown", "md"));
            named.put("text/html", List.of("html"));
            named.put("image/svg+xml", List.of("svg"));
            named.put("image/png", List.of("png"));
            named.forEach((type, names) -> {
                if (content.hasMediaType(type)) {
                    formats.addAll(names);
                }
            });
        }
        return formats;
    }

    private static boolean untyped(Schema schema) {
        return schema == null || schema.getRef() == null && schema.getEnumeration() == null
                && schema.getPattern() == null && schema.getFormat() == null
                && (schema.getType() == null || schema.getType().equals(List.of(Schema.SchemaType.STRING)));
    }

    private static Schema of(Schema.SchemaType type) {
        return OASFactory.createSchema().type(List.of(type));
    }
}
