package org.healthequity.indicators.imports.format;

/**
 * The fields of an observation as an import carries them, with their names in a Fingertips CSV download and in
 * the JSON form, so that a problem names the field in the caller's own terms.
 */
public enum ImportField {
    INDICATOR_ID("Indicator ID", "indicatorId"),
    INDICATOR_NAME("Indicator Name", "indicatorName"),
    PARENT_CODE("Parent Code", "parentCode"),
    PARENT_NAME("Parent Name", "parentName"),
    AREA_CODE("Area Code", "areaCode"),
    AREA_NAME("Area Name", "areaName"),
    AREA_TYPE("Area Type", "areaType"),
    SEX("Sex", "sex"),
    AGE("Age", "age"),
    CATEGORY_TYPE("Category Type", "categoryType"),
    CATEGORY("Category", "category"),
    PERIOD("Time period", "period"),
    VALUE("Value", "value"),
    LOWER_95("Lower CI 95.0 limit", "lowerCi95"),
    UPPER_95("Upper CI 95.0 limit", "upperCi95"),
    LOWER_998("Lower CI 99.8 limit", "lowerCi998"),
    UPPER_998("Upper CI 99.8 limit", "upperCi998"),
    COUNT("Count", "count"),
    DENOMINATOR("Denominator", "denominator"),
    VALUE_NOTE("Value note", "valueNote"),
    /** COMPUTED marks limits this system computed (in its own exports): they are computed again, not kept. */
    LIMITS_SOURCE("Limits source", "limitsSource"),
    REPORTED_TREND("Recent Trend", "reported.trend"),
    REPORTED_VS_ENGLAND("Compared to England value or percentiles", "reported.comparedToEngland"),
    REPORTED_VS_REGION("Compared to Region value or percentiles", "reported.comparedToRegion"),
    REPORTED_VS_NEIGHBOURS("Reported comparison to neighbours", "reported.comparedToNeighbours"),
    STATUS("Status", "status"),
    SOURCE("Source", "source");

    private final String csvName;
    private final String jsonName;

    ImportField(String csvName, String jsonName) {
        this.csvName = csvName;
        this.jsonName = jsonName;
    }

    public String csvName() {
        return csvName;
    }

    public String jsonName() {
        return jsonName;
    }
}
