package org.healthequity.indicators.statistics;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.common.csv.CsvReader;

/** The PHEindicatormethods fixtures, row by row, keyed by column name; rows left blank in the workbook are skipped. */
final class Fixtures {

    private Fixtures() {
    }

    static List<Map<String, String>> rows(String file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new InputStreamReader(
                Fixtures.class.getResourceAsStream("/phe-methods/" + file), StandardCharsets.UTF_8))) {
            List<String> header = reader.next();
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < record.size() ? record.get(i).trim() : "");
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static Double number(Map<String, String> row, String column) {
        String text = row.get(column);
        return text == null || text.isBlank() ? null : Double.valueOf(text);
    }

    static double confidence(String label) {
        return Double.parseDouble(label.replace("%", "")) / 100;
    }
}
