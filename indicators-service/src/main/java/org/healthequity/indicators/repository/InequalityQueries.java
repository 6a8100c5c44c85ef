package org.healthequity.indicators.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

import org.healthequity.common.period.PeriodType;

/**
 * The reads behind inequality breakdowns and peer distributions, in plain SQL: every published value of one indicator
 * for an area (its overall values and its breakdowns by sex, age and category), for the area's child areas, or for a
 * set of peer areas. Open data: published values only. Each is bounded by one indicator and a set of areas.
 */
@ApplicationScoped
public class InequalityQueries {

    private static final String COLUMNS = "SELECT area_code, sex, age, category_type, category, period_label, "
            + ObservationColumn.names(ObservationColumn.PERIOD) + ", "
            + ObservationColumn.names(ObservationColumn.NUMBERS) + " FROM observation ";

    private final AgroalDataSource dataSource;

    InequalityQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One published value: whose, which breakdown, when, and its numbers. */
    public record Row(String areaCode, String sex, String age, String categoryType, String category, Period period,
            Double value, Double count, Double denominator, Double lower95, Double upper95, Double lower998,
            Double upper998) {
    }

    /** Every published value of the indicator for the area, overall and broken down. */
    public List<Row> ofArea(int indicatorId, String areaCode) {
        return query(COLUMNS + "WHERE indicator_id = ? AND area_code = ? AND status = 'PUBLISHED'", statement -> {
            statement.setInt(1, indicatorId);
            statement.setString(2, areaCode);
        });
    }

    /** The published values without a category of the indicator for the area's child areas. */
    public List<Row> ofChildAreas(int indicatorId, String parentCode) {
        return query(COLUMNS + "WHERE indicator_id = ? AND area_code IN (SELECT code FROM area WHERE parent_code = ?) "
                + "AND category_type = '' AND status = 'PUBLISHED'", statement -> {
                    statement.setInt(1, indicatorId);
                    statement.setString(2, parentCode);
                });
    }

    /** Every published value of the indicator for those areas, overall and broken down. */
    public List<Row> ofAreasBrokenDown(int indicatorId, List<String> areaCodes) {
        return query(COLUMNS + "WHERE indicator_id = ? AND area_code = ANY (?) AND status = 'PUBLISHED'",
                statement -> {
                    statement.setInt(1, indicatorId);
                    statement.setArray(2, statement.getConnection().createArrayOf("text", areaCodes.toArray()));
                });
    }

    /** The published values for Persons without a category of the indicator for those areas. */
    public List<Row> ofAreas(int indicatorId, List<String> areaCodes) {
        return query(COLUMNS + "WHERE indicator_id = ? AND area_code = ANY (?) AND sex = 'Persons' "
                + "AND category_type = '' AND status = 'PUBLISHED'", statement -> {
                    statement.setInt(1, indicatorId);
                    statement.setArray(2, statement.getConnection().createArrayOf("text", areaCodes.toArray()));
                });
    }

    private List<Row> query(String sql, SqlReads.Binder binder) {
        List<Row> rows = new ArrayList<>();
        SqlReads.query(dataSource, "Inequality", sql, binder, result -> rows.add(new Row(result.getString(1),
                result.getString(2), result.getString(3), result.getString(4), result.getString(5),
                new Period(result.getString(6), PeriodType.valueOf(result.getString(7)),
                        result.getObject(8, LocalDate.class), result.getObject(9, LocalDate.class), result.getInt(10)),
                SqlReads.number(result, 11), SqlReads.number(result, 12), SqlReads.number(result, 13),
                SqlReads.number(result, 14), SqlReads.number(result, 15), SqlReads.number(result, 16),
                SqlReads.number(result, 17))));
        return rows;
    }
}
