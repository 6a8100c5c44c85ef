package org.healthequity.indicators.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.healthequity.indicators.repository.InequalityQueries.Row;

/**
 * The ways a value can be broken down, and which stored rows each takes: by sex or age (the other held at the
 * area's overall value), by a category type naming deprivation or ethnic groups (Fingertips' {@code Category Type}),
 * or by the area's child areas (wards, neighbourhoods).
 */
public enum Breakdown {
    SEX,
    AGE,
    DEPRIVATION,
    ETHNICITY,
    WARD;

    public static final String PERSONS = "Persons";
    public static final String ALL_AGES = "All ages";
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    public static Breakdown of(String text) {
        if (text == null || text.isBlank()) {
            return DEPRIVATION;
        }
        for (Breakdown breakdown : values()) {
            if (breakdown.name().equalsIgnoreCase(text.trim())) {
                return breakdown;
            }
        }
        return null;
    }

    /** The age values are shown at: all ages where stored, else the age most of the rows have. */
    public static String overallAge(List<Row> rows) {
        if (rows.stream().anyMatch(row -> row.age().equals(ALL_AGES))) {
            return ALL_AGES;
        }
        return mostCommon(rows, Row::age, ALL_AGES);
    }

    /** The value most rows have (ties to the first by name); {@code otherwise} for no rows. */
    public static String mostCommon(List<Row> rows, Function<Row, String> value, String otherwise) {
        return rows.stream().collect(Collectors.groupingBy(value, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(otherwise);
    }

    /** Whether a row of the area (or, for wards, of a child area) belongs to this breakdown. */
    public boolean takes(Row row, String overallAge) {
        return switch (this) {
            case SEX -> row.categoryType().isEmpty() && row.age().equals(overallAge) && !row.sex().equals(PERSONS);
            case AGE -> row.categoryType().isEmpty() && row.sex().equals(PERSONS) && !row.age().equals(overallAge);
            case DEPRIVATION -> persons(row, overallAge)
                    && row.categoryType().toLowerCase(Locale.ROOT).contains("depriv");
            case ETHNICITY -> persons(row, overallAge)
                    && row.categoryType().toLowerCase(Locale.ROOT).contains("ethnic");
            case WARD -> row.categoryType().isEmpty() && persons(row, overallAge);
        };
    }

    private static boolean persons(Row row, String overallAge) {
        return row.sex().equals(PERSONS) && row.age().equals(overallAge);
    }

    /**
     * A deprivation category's place from 1 (most deprived) to {@code n} (least), read from Fingertips' labels
     * ("Most deprived decile (IMD2019)", "Second most…", "Third more…", "Fifth less…", "Second least…", "Least…",
     * "Middle quintile") or from the number a label such as "Decile 3" or "IMD quintile 2" carries; null when the
     * label says neither.
     */
    public static Integer deprivationPosition(String label, int n) {
        String text = label.toLowerCase(Locale.ROOT);
        int offset = ordinalWord(text);
        if (text.contains("middle")) {
            return (n + 1) / 2;
        }
        if (text.contains("most deprived") || text.contains("more deprived")) {
            return offset;
        }
        if (text.contains("least deprived") || text.contains("less deprived")) {
            return n + 1 - offset;
        }
        Matcher number = NUMBER.matcher(text.replaceAll("imd ?\\d{4}|\\d{4}", " "));
        if (number.find()) {
            int position = Integer.parseInt(number.group(1));
            return position >= 1 && position <= n ? position : null;
        }
        return null;
    }

    /** 1 for a label without an ordinal word ("Most deprived"), 2 for "second", and so on. */
    private static int ordinalWord(String text) {
        String[] words = { "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth" };
        for (int i = 0; i < words.length; i++) {
            if (text.contains(words[i])) {
                return i + 2;
            }
        }
        return 1;
    }

    /** An age band's lower bound, to order bands ("<1", "0-4", "5-9", "65+", "Under 75"), or MAX if none. */
    public static int ageStart(String age) {
        String text = age.toLowerCase(Locale.ROOT);
        if (text.startsWith("<") || text.startsWith("under")) {
            return -1;
        }
        Matcher number = NUMBER.matcher(text);
        return number.find() ? Integer.parseInt(number.group(1)) : Integer.MAX_VALUE;
    }
}
