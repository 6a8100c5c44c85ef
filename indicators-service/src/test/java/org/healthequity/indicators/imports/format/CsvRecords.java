package org.healthequity.indicators.imports.format;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Every record of a CSV text, for tests that look at a whole file. */
public final class CsvRecords {

    private CsvRecords() {
    }

    public static List<List<String>> of(String csv) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(csv))) {
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
