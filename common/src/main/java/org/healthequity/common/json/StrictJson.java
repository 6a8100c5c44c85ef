package org.healthequity.common.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * What every request body's text must be: a JSON string, not a number or boolean that Jackson would quietly turn
 * into one, and free of control characters other than tab and line breaks. NUL cannot be stored, and BEL, ESC or a
 * trailing control character would otherwise be trimmed away after validation or reach CSVs and pages.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Applies the rules to any mapper (the tests use a plain one). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        for (CoercionInputShape scalar : new CoercionInputShape[] { CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new Text()));
    }

    /** Index of the first control character other than tab, line feed and carriage return, or -1. */
    static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    private static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                int at = firstControlCharacter(text);
                if (at >= 0) {
                    throw new ControlCharacterException(parser, String.format(
                            "control character U+%04X at position %d is not allowed in text", (int) text.charAt(at),
                            at), text);
                }
            }
            return text;
        }
    }

    /** Text holding a control character: well-formed JSON, but a value the API does not take (a 422). */
    public static final class ControlCharacterException extends InvalidFormatException {

        ControlCharacterException(JsonParser parser, String message, String text) {
            super(parser, message, text, String.class);
        }
    }
}
