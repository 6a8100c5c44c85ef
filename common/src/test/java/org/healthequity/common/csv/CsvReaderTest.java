package org.healthequity.common.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsPlainQuotedAndEmptyFieldsWithAnyLineEnd() {
        assertThat(CsvReader.readAll("\uFEFFa,\"b, \"\"quoted\"\"\nover two lines\",,d\r\n1,2,3,4\r5,,\"\",8"))
                .containsExactly(List.of("a", "b, \"quoted\"\nover two lines", "", "d"), List.of("1", "2", "3", "4"),
                        List.of("5", "", "", "8"));
    }

    @Test
    void aCellLikeTheOneAboveIsTheSameTextAndADifferentOneIsNot() {
        List<List<String>> records = CsvReader.readAll("Persons,E06000032,10\nPersons,E06000033,10\n");
        assertThat(records.get(1).get(0)).isSameAs(records.get(0).get(0));
        assertThat(records.get(1).get(1)).isEqualTo("E06000033");
        assertThat(records.get(0).get(1)).isEqualTo("E06000032");
    }

    @Test
    void malformedQuotesNameTheirLine() {
        assertThatThrownBy(() -> CsvReader.readAll("a,b\nab\"c,d\n"))
                .isInstanceOf(CsvReader.MalformedCsvException.class)
                .hasMessageContaining("line 2").hasMessageContaining("quote inside an unquoted field");
        assertThatThrownBy(() -> CsvReader.readAll("\"ab\"c,d\n")).hasMessageContaining("text after a closing quote");
        assertThatThrownBy(() -> CsvReader.readAll("a,\"open\nstill open")).hasMessageContaining("not closed");
    }

    @Test
    void aFieldOrRecordLargerThanAnyDownloadHasIsRefusedBeforeItIsHeld() {
        String longPlain = "a,b\n" + "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1) + ",y\n";
        assertThatThrownBy(() -> CsvReader.readAll(longPlain)).isInstanceOf(CsvReader.MalformedCsvException.class)
                .hasMessageContaining("line 2").hasMessageContaining("longer than");
        String longQuoted = "\"" + "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1) + "\"\n";
        assertThatThrownBy(() -> CsvReader.readAll(longQuoted)).isInstanceOf(CsvReader.MalformedCsvException.class)
                .hasMessageContaining("longer than");
        String wide = ",".repeat(CsvReader.MAX_FIELDS + 1) + "\n";
        assertThatThrownBy(() -> CsvReader.readAll(wide)).isInstanceOf(CsvReader.MalformedCsvException.class)
                .hasMessageContaining("fields");
        assertThat(CsvReader.readAll("x".repeat(CsvReader.MAX_FIELD_LENGTH) + "\n").get(0).get(0))
                .hasSize(CsvReader.MAX_FIELD_LENGTH);
    }
}
