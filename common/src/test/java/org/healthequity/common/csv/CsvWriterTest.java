package org.healthequity.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+1+HYPERLINK(\"http://x\",\"click\")", "-1+HYPERLINK(\"http://x\",\"click\")",
            "-2-3", "@SUM(A1)", "\tcmd", "- item", "-", "+" })
    void textThatASpreadsheetWouldRunIsPrefixed(String text) {
        String cell = CsvWriter.format(text);
        assertThat(cell.startsWith("'") || cell.startsWith("\"'")).as(cell).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "-12", "-0.5", "+3", "-1.2e-5", "-.5", "12.50", "Luton" })
    void plainNumbersAndTextAreWrittenAsTheyAre(String text) {
        assertThat(CsvWriter.format(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "a;b|\"a;b\"", "a,b|\"a,b\"", "say \"hi\"|\"say \"\"hi\"\"\"",
            "-1;HYPERLINK(1)|\"'-1;HYPERLINK(1)\"" })
    void separatorsOfAnyLocaleAreQuoted(String text, String cell) {
        assertThat(CsvWriter.format(text)).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource({ "-12.5, -12.5", "1.0E-7, 0.0000001", "42.0, 42" })
    void numbersAreWrittenPlain(double number, String cell) {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(number).flush();
        assertThat(out.toString()).isEqualTo(cell + "\r\n");
    }
}
