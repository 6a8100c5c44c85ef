package org.healthequity.common.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Reads every period label the seed document and Fingertips use into a {@link ParsedPeriod}: {@code 2023},
 * {@code 2022/23} (financial or academic, by indicator), {@code 2018-20} and {@code 2018 - 20},
 * {@code 2020/21 - 22/23}, {@code Apr-22}, {@code Dec-23}, {@code April 2022}, {@code 2023 Q1}, {@code 2023/24 Q2}.
 * The label is normalised ({@code 2018 - 20} becomes {@code 2018-20}) so that one period has one label.
 */
public final class PeriodParser {

    /**
     * Longer than any period label (the longest, {@code 2020/21 - 22/23} and {@code September 2023}, have 15
     * characters). A longer one is refused before anything reads it, so that a period costs the same small amount of
     * work whatever a caller sends.
     */
    public static final int MAX_LABEL_LENGTH = 32;

    /** A label that is not a period this system knows. */
    public static final class UnparseablePeriodException extends IllegalArgumentException {
        public UnparseablePeriodException(String label) {
            super("'" + shown(label) + "' is not a period label this system reads (such as 2023, 2022/23, 2018-20, "
                    + "Apr-22 or 2023/24 Q1)");
        }

        private static String shown(String label) {
            return label.length() <= MAX_LABEL_LENGTH ? label : label.substring(0, MAX_LABEL_LENGTH) + "…";
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SPLIT_YEAR = Pattern.compile("(\\d{4})/(\\d{2}|\\d{4})");
    private static final Pattern MULTI_YEAR = Pattern.compile("(\\d{4})-(\\d{2}|\\d{4})");
    private static final Pattern MULTI_SPLIT_YEAR = Pattern.compile("(\\d{4})/(\\d{2})-(\\d{2}|\\d{4})/(\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)[- ]?(\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})(?:/(\\d{2}))? ?q([1-4])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("january", 1),
            Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12));
    private static final String[] MONTH_LABELS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec" };

    private PeriodParser() {
    }

    /**
     * @param yearType what a split year such as {@code 2021/22} means for the indicator (financial by default)
     */
    public static ParsedPeriod parse(String label, YearType yearType) {
        if (label == null || label.isBlank() || label.length() > MAX_LABEL_LENGTH) {
            throw new UnparseablePeriodException(label == null ? "" : label);
        }
        String text = normalised(label);
        boolean academic = yearType == YearType.ACADEMIC;
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            int year = year(m.group(1));
            return new ParsedPeriod(Integer.toString(year), PeriodType.CALENDAR_YEAR, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), year * 10000);
        }
        if ((m = SPLIT_YEAR.matcher(text)).matches()) {
            int start = year(m.group(1));
            requireFollowing(label, start, endYear(start, m.group(2)));
            return splitYear(start, start + 1, academic, split(start, start + 1));
        }
        if ((m = MULTI_YEAR.matcher(text)).matches()) {
            int start = year(m.group(1));
            int end = endYear(start, m.group(2));
            if (end <= start || end - start > 10) {
                throw new UnparseablePeriodException(label);
            }
            return new ParsedPeriod(start + "-" + two(end), PeriodType.CALENDAR_MULTI_YEAR, LocalDate.of(start, 1, 1),
                    LocalDate.of(end, 12, 31), start * 10000);
        }
        if ((m = MULTI_SPLIT_YEAR.matcher(text)).matches()) {
            int start = year(m.group(1));
            requireFollowing(label, start, endYear(start, m.group(2)));
            int lastStart = endYear(start, m.group(3));
            requireFollowing(label, lastStart, endYear(lastStart, m.group(4)));
            if (lastStart <= start || lastStart - start > 10) {
                throw new UnparseablePeriodException(label);
            }
            String canonical = split(start, start + 1) + "-" + two(lastStart) + "/" + two(lastStart + 1);
            return academic
                    ? new ParsedPeriod(canonical, PeriodType.ACADEMIC_MULTI_YEAR, LocalDate.of(start, 9, 1),
                            LocalDate.of(lastStart + 1, 8, 31), start * 10000)
                    : new ParsedPeriod(canonical, PeriodType.FINANCIAL_MULTI_YEAR, LocalDate.of(start, 4, 1),
                            LocalDate.of(lastStart + 1, 3, 31), start * 10000);
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            int year = year(m.group(1));
            int quarter = Integer.parseInt(m.group(3));
            if (m.group(2) != null) {
                requireFollowing(label, year, endYear(year, m.group(2)));
                YearMonth first = YearMonth.of(year, 4).plusMonths(3L * (quarter - 1));
                return new ParsedPeriod(split(year, year + 1) + " Q" + quarter, PeriodType.FINANCIAL_QUARTER,
                        first.atDay(1), first.plusMonths(2).atEndOfMonth(), year * 10000 + quarter * 100);
            }
            YearMonth first = YearMonth.of(year, 1).plusMonths(3L * (quarter - 1));
            return new ParsedPeriod(year + " Q" + quarter, PeriodType.CALENDAR_QUARTER, first.atDay(1),
                    first.plusMonths(2).atEndOfMonth(), year * 10000 + quarter * 100);
        }
        if ((m = MONTH_YEAR.matcher(text)).matches() && MONTHS.containsKey(m.group(1))) {
            int month = MONTHS.get(m.group(1));
            int year = m.group(2).length() == 2 ? 2000 + Integer.parseInt(m.group(2)) : year(m.group(2));
            YearMonth yearMonth = YearMonth.of(year, month);
            return new ParsedPeriod(MONTH_LABELS[month - 1] + "-" + two(year), PeriodType.MONTH, yearMonth.atDay(1),
                    yearMonth.atEndOfMonth(), year * 10000 + month);
        }
        throw new UnparseablePeriodException(label);
    }

    /**
     * Lower case, one space between words and none around {@code -} or {@code /}: {@code 2018 - 20} reads as
     * {@code 2018-20}. One pass over the label.
     */
    static String normalised(String label) {
        String trimmed = label.trim().toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(trimmed.length());
        boolean space = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            boolean separator = c == '-' || c == '/';
            if (space && !separator && text.length() > 0 && !endsWithSeparator(text)) {
                text.append(' ');
            }
            text.append(c);
            space = false;
        }
        return text.toString();
    }

    private static boolean endsWithSeparator(StringBuilder text) {
        char last = text.charAt(text.length() - 1);
        return last == '-' || last == '/';
    }

    private static ParsedPeriod splitYear(int start, int end, boolean academic, String label) {
        return academic
                ? new ParsedPeriod(label, PeriodType.ACADEMIC_YEAR, LocalDate.of(start, 9, 1), LocalDate.of(end, 8, 31),
                        start * 10000)
                : new ParsedPeriod(label, PeriodType.FINANCIAL_YEAR, LocalDate.of(start, 4, 1),
                        LocalDate.of(end, 3, 31),
                        start * 10000);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1900 || year > 2200) {
            throw new UnparseablePeriodException(digits);
        }
        return year;
    }

    private static int endYear(int start, String digits) {
        if (digits.length() == 4) {
            return year(digits);
        }
        int end = start / 100 * 100 + Integer.parseInt(digits);
        return end < start ? end + 100 : end;
    }

    private static void requireFollowing(String label, int start, int end) {
        if (end != start + 1) {
            throw new UnparseablePeriodException(label);
        }
    }

    private static String split(int start, int end) {
        return start + "/" + two(end);
    }

    private static String two(int year) {
        return String.format(Locale.ROOT, "%02d", year % 100);
    }
}
