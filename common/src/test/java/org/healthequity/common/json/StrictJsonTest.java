package org.healthequity.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class StrictJsonTest {

    record Note(String text, Integer count) {
    }

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper());

    @Test
    void textWithTabsAndLineBreaksIsRead() throws Exception {
        assertThat(mapper.readValue("{\"text\":\"a\\tb\\r\\nc ü \\u202e\"}", Note.class).text())
                .isEqualTo("a\tb\r\nc ü \u202e");
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        for (String escaped : new String[] { "\\u0000", "\\u0007", "x\\u001b[31m", "\\u007f" }) {
            assertThatThrownBy(() -> mapper.readValue("{\"text\":\"" + escaped + "\"}", Note.class))
                    .isInstanceOf(InvalidFormatException.class)
                    .hasMessageContaining("control character")
                    .satisfies(e -> assertThat(((InvalidFormatException) e).getPath().get(0).getFieldName())
                            .isEqualTo("text"));
        }
    }

    @Test
    void numbersAndBooleansAreNotTakenAsText() {
        for (String value : new String[] { "1", "-1e308", "true" }) {
            assertThatThrownBy(() -> mapper.readValue("{\"text\":" + value + "}", Note.class))
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void numbersStillReadAsNumbers() throws Exception {
        assertThat(mapper.readValue("{\"count\":3}", Note.class).count()).isEqualTo(3);
    }
}
