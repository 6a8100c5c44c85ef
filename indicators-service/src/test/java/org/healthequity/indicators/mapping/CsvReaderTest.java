package org.healthequity.indicators.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(csv))) {
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }

    @Test
    void readsPlainQuotedAndEmptyFieldsWithAnyLineEnd() {
        assertThat(read("\uFEFFa,\"b, \"\"quoted\"\"\nover two lines\",,d\r\n1,2,3,4\r5,,\"\",8"))
                .containsExactly(List.of("a", "b, \"quoted\"\nover two lines", "", "d"), List.of("1", "2", "3", "4"),
                        List.of("5", "", "", "8"));
    }

    @Test
    void aCellLikeTheOneAboveIsTheSameTextAndADifferentOneIsNot() {
        List<List<String>> records = read("Persons,E06000032,10\nPersons,E06000033,10\n");
        assertThat(records.get(1).get(0)).isSameAs(records.get(0).get(0));
        assertThat(records.get(1).get(1)).isEqualTo("E06000033");
        assertThat(records.get(0).get(1)).isEqualTo("E06000032");
    }

    @Test
    void malformedQuotesNameTheirLine() {
        assertThatThrownBy(() -> read("a,b\nab\"c,d\n")).isInstanceOf(CsvReader.MalformedCsvException.class)
                .hasMessageContaining("line 2").hasMessageContaining("quote inside an unquoted field");
        assertThatThrownBy(() -> read("\"ab\"c,d\n")).hasMessageContaining("text after a closing quote");
        assertThatThrownBy(() -> read("a,\"open\nstill open")).hasMessageContaining("not closed");
    }
}
