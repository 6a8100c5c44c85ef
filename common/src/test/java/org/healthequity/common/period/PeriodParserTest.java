package org.healthequity.common.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;


class PeriodParserTest {

    @ParameterizedTest(name = "{0} ({1}) is {3} {4}..{5}")
    @CsvSource({
            "2023,          FINANCIAL, 2023,           CALENDAR_YEAR,        2023-01-01, 2023-12-31, 20230000",
            "2022/23,       FINANCIAL, 2022/23,        FINANCIAL_YEAR,       2022-04-01, 2023-03-31, 20220000",
            "2022/23,       ACADEMIC,  2022/23,        ACADEMIC_YEAR,        2022-09-01, 2023-08-31, 20220000",
            "2021/2022,     ACADEMIC,  2021/22,        ACADEMIC_YEAR,        2021-09-01, 2022-08-31, 20210000",
            "1999/00,       FINANCIAL, 1999/00,        FINANCIAL_YEAR,       1999-04-01, 2000-03-31, 19990000",
            "2018-20,       FINANCIAL, 2018-20,        CALENDAR_MULTI_YEAR,  2018-01-01, 2020-12-31, 20180000",
            "2018 - 20,     FINANCIAL, 2018-20,        CALENDAR_MULTI_YEAR,  2018-01-01, 2020-12-31, 20180000",
            "2020/21 - 22/23, FINANCIAL, 2020/21-22/23, FINANCIAL_MULTI_YEAR, 2020-04-01, 2023-03-31, 20200000",
            "Apr-22,        FINANCIAL, Apr-22,         MONTH,                2022-04-01, 2022-04-30, 20220004",
            "Dec-23,        FINANCIAL, Dec-23,         MONTH,                2023-12-01, 2023-12-31, 20230012",
            "April 2022,    FINANCIAL, Apr-22,         MONTH,                2022-04-01, 2022-04-30, 20220004",
            "2023 Q1,       FINANCIAL, 2023 Q1,        CALENDAR_QUARTER,     2023-01-01, 2023-03-31, 20230100",
            "2023/24 Q2,    FINANCIAL, 2023/24 Q2,     FINANCIAL_QUARTER,    2023-07-01, 2023-09-30, 20230200",
    })
    void readsTheLabelsOfTheSeedAndOfFingertips(String label, YearType yearType, String canonical, String type,
            LocalDate start, LocalDate end, int sortKey) {
        ParsedPeriod period = PeriodParser.parse(label, yearType);
        assertThat(period.label()).isEqualTo(canonical);
        assertThat(period.type().name()).isEqualTo(type);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.sortKey()).isEqualTo(sortKey);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "last year", "2022/24", "2020-2010", "Smarch-22", "22", "2023 Q5", "20231",
            "2000-15", "-" })
    void refusesWhatIsNotAPeriod(String label) {
        assertThatThrownBy(() -> PeriodParser.parse(label, YearType.FINANCIAL))
                .isInstanceOf(PeriodParser.UnparseablePeriodException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "2018 - 20|2018-20", " 2020 / 21  -  22 / 23 |2020/21-22/23",
            "April   2022|april 2022", "2023\tQ1|2023 q1", "Dec -23|dec-23" })
    void normalisesSpacesInOnePass(String label, String normalised) {
        assertThat(PeriodParser.normalised(label)).isEqualTo(normalised);
    }

    @Test
    void aLabelLongerThanAnyPeriodIsRefusedUnreadAndNotEchoedWhole() {
        String padded = "x" + " ".repeat(80_000) + "x";
        assertThatThrownBy(() -> PeriodParser.parse(padded, YearType.FINANCIAL))
                .isInstanceOf(PeriodParser.UnparseablePeriodException.class)
                .message().hasSizeLessThan(200);
        String spacedValidPeriod = "2018" + " ".repeat(PeriodParser.MAX_LABEL_LENGTH) + "- 20";
        assertThatThrownBy(() -> PeriodParser.parse(spacedValidPeriod, YearType.FINANCIAL))
                .isInstanceOf(PeriodParser.UnparseablePeriodException.class);
        assertThat(PeriodParser.parse("2020/21 - 22/23", YearType.FINANCIAL).label()).isEqualTo("2020/21-22/23");
    }
}
