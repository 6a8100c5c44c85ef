package org.healthequity.evaluation.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.healthequity.common.problem.ApiException;

/**
 * The formats a composed read (the annual report, a delivery view) is written in, and which one a request asks for:
 * {@code format=} by name when given (a 400 naming {@code format} for one not offered), else the first offered that
 * the {@code Accept} header allows, in its order, and the first offered for anything else.
 */
enum ReadFormat {
    JSON(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")),
    MARKDOWN(new MediaType("text", "markdown", "UTF-8")),
    HTML(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));

    final MediaType type;

    ReadFormat(MediaType type) {
        this.type = type;
    }

    static ReadFormat choose(String format, HttpHeaders headers, ReadFormat... offered) {
        List<ReadFormat> formats = Arrays.asList(offered);
        if (format != null && !format.isBlank()) {
            String asked = format.trim().toLowerCase(Locale.ROOT);
            return formats.stream().filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(asked)
                    || candidate == MARKDOWN && asked.equals("md")).findFirst()
                    .orElseThrow(() -> ApiException.badParameter("format", "format must be " + names(formats)));
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return offered[0];
            }
            for (ReadFormat candidate : offered) {
                if (type.isCompatible(candidate.type)) {
                    return candidate;
                }
            }
        }
        return offered[0];
    }

    /** "json, markdown or html". */
    private static String names(List<ReadFormat> formats) {
        List<String> names = formats.stream().map(candidate -> candidate.name().toLowerCase(Locale.ROOT)).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
