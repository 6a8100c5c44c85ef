package org.healthequity.common.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns a service's CSVs can have, by title, for their CSVW descriptions: one home per service, so that a
 * column that means one thing is described once wherever it appears. Columns named after a comparator or a group
 * (such as {@code "East of England value"}) are described by a pattern, {@code {}} in its description standing for
 * the name the pattern's first group matched.
 */
public final class CsvColumnDictionary {

    private final Map<String, CsvColumn> columns = new LinkedHashMap<>();
    private final Map<Pattern, CsvColumn> patterns = new LinkedHashMap<>();

    public CsvColumnDictionary add(CsvColumn... described) {
        for (CsvColumn column : described) {
            columns.put(column.title(), column);
        }
        return this;
    }

    /** Columns whose whole title matches {@code regex}; its first group is the name that {@code {}} stands for. */
    public CsvColumnDictionary pattern(String regex, CsvColumn column) {
        patterns.put(Pattern.compile(regex), column);
        return this;
    }

    public Optional<CsvColumn> describe(String title) {
        CsvColumn exact = columns.get(title);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<Pattern, CsvColumn> entry : patterns.entrySet()) {
            Matcher matcher = entry.getKey().matcher(title);
            if (matcher.matches()) {
                return Optional.of(entry.getValue().titled(title, matcher.groupCount() > 0 ? matcher.group(1)
                        : title));
            }
        }
        return Optional.empty();
    }

    /** A header's columns; a title the dictionary lacks is described as text that it does not explain. */
    public List<CsvColumn> describe(List<String> header) {
        return header.stream().map(title -> describe(title).orElse(CsvColumn.text(title, "(not described)")))
                .toList();
    }
}
