package org.healthequity.indicators.exports;

import java.util.List;

import org.healthequity.common.period.PeriodType;
import org.healthequity.indicators.repository.ObservationColumn;

/**
 * One exported observation as the COPY stream gives it: the numbers both as doubles (for the statistics) and as
 * PostgreSQL's shortest exact text (for the file), and the notes as stored, each by its {@link ObservationColumn}.
 */
record ExportRow(int indicatorId, String areaCode, String periodLabel, String sex, String age, String categoryType,
        String category, PeriodType periodType, int sortKey, Double[] numbers, String[] numberTexts, String[] notes,
        String updatedAt) {

    private static final List<ObservationColumn> NUMBERS = ObservationColumn.NUMBERS;
    private static final List<ObservationColumn> NOTES = ObservationColumn.NOTES;

    Double number(ObservationColumn column) {
        return numbers[NUMBERS.indexOf(column)];
    }

    String numberText(ObservationColumn column) {
        return numberTexts[NUMBERS.indexOf(column)];
    }

    String note(ObservationColumn column) {
        return notes[NOTES.indexOf(column)];
    }

    boolean sameSeries(ExportRow other) {
        return other != null && indicatorId == other.indicatorId && areaCode.equals(other.areaCode)
                && sex.equals(other.sex) && age.equals(other.age) && categoryType.equals(other.categoryType)
                && category.equals(other.category);
    }

    /** This row's period and breakdown in another area: where its comparator's value is kept. */
    String key(String area) {
        return key(indicatorId, periodLabel, sex, age, categoryType, category, area);
    }

    static String key(int indicatorId, String periodLabel, String sex, String age, String categoryType,
            String category, String area) {
        return indicatorId + "|" + periodLabel + "|" + sex + "|" + age + "|" + categoryType + "|" + category + "|"
                + area;
    }
}
