package org.healthequity.indicators.mapping;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.healthequity.common.csv.CsvColumn;
import org.healthequity.common.csv.CsvColumnDictionary;

/**
 * What each column of indicators-service's CSVs means (the Fingertips-layout export, scorecards, inequality
 * breakdowns), for their CSVW descriptions. The export keeps Fingertips' column titles; their meanings follow
 * Fingertips' own data dictionary where a column is Fingertips'.
 */
public class CsvDescriptions {

    private static final String VALUE_UNIT = "the indicator's unit (as in Unit or the indicator's definition)";

    @Produces
    @Singleton
    CsvColumnDictionary columns() {
        return new CsvColumnDictionary().add(
                CsvColumn.integer("Indicator ID", "The indicator's id (Fingertips' id for national indicators, "
                        + "900000 and above for local ones)"),
                CsvColumn.text("Indicator Name", "The indicator's name"),
                CsvColumn.text("Indicator", "The indicator's name"),
                CsvColumn.integer("Principle", "The Marmot principle the indicator serves, 0 (overarching) to 8"),
                CsvColumn.text("Parent Code", "ONS code of the area's parent (its region, or England)"),
                CsvColumn.text("Parent Name", "Name of the area's parent"),
                CsvColumn.text("Area Code", "ONS code of the area (9 characters, such as E06000032)"),
                CsvColumn.text("Area Name", "Name of the area"),
                CsvColumn.text("Area Type", "Kind of area: country, region, county or unitary authority, district, "
                        + "ward, other"),
                CsvColumn.text("Sex", "Persons, Male or Female"),
                CsvColumn.text("Age", "Age band the value is for, such as 'All ages' or '65+ yrs'"),
                CsvColumn.text("Category Type", "The kind of breakdown (such as a deprivation decile or ethnic "
                        + "group); empty for the whole population"),
                CsvColumn.text("Category", "The breakdown's category; empty for the whole population"),
                CsvColumn.text("Time period", "The period, as Fingertips labels it (2021, 2019/20, 2018 - 20, "
                        + "2022 Q1)"),
                CsvColumn.text("Unit", "Unit of the values, such as '%' or 'per 100,000'"),
                CsvColumn.decimal("Value", VALUE_UNIT, "The value for the area and period"),
                CsvColumn.decimal("Lower CI 95.0 limit", VALUE_UNIT, "Lower limit of the 95% confidence interval"),
                CsvColumn.decimal("Upper CI 95.0 limit", VALUE_UNIT, "Upper limit of the 95% confidence interval"),
                CsvColumn.decimal("Lower CI 99.8 limit", VALUE_UNIT, "Lower limit of the 99.8% confidence interval"),
                CsvColumn.decimal("Upper CI 99.8 limit", VALUE_UNIT, "Upper limit of the 99.8% confidence interval"),
                new CsvColumn("Count", "decimal", "events", "Numerator: the number of events counted"),
                new CsvColumn("Denominator", "decimal", "people", "Denominator: the population or total the count "
                        + "is out of"),
                CsvColumn.text("Value note", "A note on the value (such as suppression or a data-quality caveat)"),
                CsvColumn.text("Recent Trend", "The recent trend computed by PHE's method for the series, on its "
                        + "latest row"),
                CsvColumn.text("Compared to England value or percentiles", "The area compared with England by the "
                        + "indicator's method and polarity (better, similar, worse, higher, lower)"),
                CsvColumn.text("Time period Sortable", "A key that sorts periods in time order"),
                CsvColumn.text("New data", "Fingertips' flag for data new in its latest release; always empty here"),
                CsvColumn.text("Compared to goal", "The value compared with the local goal for the period, by the "
                        + "indicator's polarity"),
                CsvColumn.text("Status", "PUBLISHED or PROVISIONAL"),
                CsvColumn.text("Limits source", "Where the confidence limits came from: REPORTED by the source, or "
                        + "COMPUTED here by the indicator's method"),
                CsvColumn.text("Reported trend", "The trend the source reported"),
                CsvColumn.text("Reported comparison to England", "The comparison with England the source reported"),
                CsvColumn.text("Reported comparison to parent", "The comparison with the parent the source reported"),
                CsvColumn.text("Reported comparison to neighbours", "The comparison with statistical neighbours the "
                        + "source reported"),
                CsvColumn.text("Compared to neighbours (reported)", "The comparison with statistical neighbours the "
                        + "source reported"),
                CsvColumn.text("Source", "Where the value came from"),
                CsvColumn.dateTime("Last updated", "When the value was last written here"),
                CsvColumn.text("Recent trend (computed)", "The recent trend computed by PHE's method"),
                CsvColumn.text("Recent trend (reported)", "The trend the source reported"),
                CsvColumn.decimal("Goal", VALUE_UNIT, "The local goal for the indicator"),
                CsvColumn.text("Goal period", "The period the goal is for"),
                CsvColumn.text("Breakdown", "The breakdown: SEX, AGE, DEPRIVATION_DECILE, DEPRIVATION_QUINTILE, "
                        + "ETHNICITY or WARD"),
                CsvColumn.integer("Position", "The category's place along the gradient (0 for the whole area)"),
                CsvColumn.text("Child Area Code", "For a ward breakdown, the ward's ONS code"),
                CsvColumn.text("Compared to area", "The category compared with the area's overall value"),
                CsvColumn.decimal("SII", VALUE_UNIT, "Slope index of inequality across the deprivation quantiles "
                        + "(PHE's method)"),
                CsvColumn.decimal("SII lower CI", VALUE_UNIT, "Lower limit of the SII's 95% confidence interval"),
                CsvColumn.decimal("SII upper CI", VALUE_UNIT, "Upper limit of the SII's 95% confidence interval"),
                new CsvColumn("RII", "decimal", "ratio", "Relative index of inequality (PHE's method)"),
                new CsvColumn("RII lower CI", "decimal", "ratio", "Lower limit of the RII's 95% confidence interval"),
                new CsvColumn("RII upper CI", "decimal", "ratio", "Upper limit of the RII's 95% confidence interval"))
                .pattern("Compared to (.+) value or percentiles", CsvColumn.text("",
                        "The area compared with {} by the indicator's method and polarity"))
                .pattern("Compared to (.+) \\(computed\\)", CsvColumn.text("", "The area compared with {}, computed "
                        + "by the indicator's method and polarity"))
                .pattern("Compared to (.+) \\(reported\\)", CsvColumn.text("", "The comparison with {} the source "
                        + "reported"))
                .pattern("Compared to (.+)", CsvColumn.text("", "The area compared with the group {} (its quintile "
                        + "among the members, or a comparison with the group's value)"))
                .pattern("(.+) value", CsvColumn.decimal("", VALUE_UNIT, "The value of {} for the same indicator, "
                        + "period, sex and age"));
    }
}
