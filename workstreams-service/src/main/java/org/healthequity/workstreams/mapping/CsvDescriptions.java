package org.healthequity.workstreams.mapping;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.healthequity.common.csv.CsvColumn;
import org.healthequity.common.csv.CsvColumnDictionary;

/** What each column of workstreams-service's CSVs means (actions, KPI values and actuals, report recommendations). */
public class CsvDescriptions {

    private static final String KPI_UNIT = "the KPI's unit (see the KPI)";

    @Produces
    @Singleton
    CsvColumnDictionary columns() {
        return new CsvColumnDictionary().add(
                CsvColumn.integer("Action ID", "The action's id"),
                CsvColumn.text("Workstream", "Slug of the priority workstream"),
                CsvColumn.text("Year", "The workplan's year, such as 2024/25"),
                CsvColumn.integer("Workplan ID", "The workplan the action belongs to"),
                CsvColumn.text("Title", "The action's title"),
                CsvColumn.text("Description", "What the action does"),
                CsvColumn.text("Owner organisation", "Slug of the partner organisation that owns it"),
                CsvColumn.text("Lead", "The person who leads it"),
                CsvColumn.date("Start date", "When it starts"),
                CsvColumn.date("Due date", "When it is due"),
                CsvColumn.text("Status", "Where it stands (an action: NOT_STARTED, IN_PROGRESS, COMPLETED, "
                        + "BLOCKED or CANCELLED; an actual: SUBMITTED, APPROVED or REJECTED)"),
                CsvColumn.text("RAG", "Red, amber or green, as the rule or its owner judged it"),
                CsvColumn.text("RAG reason", "Why it has that RAG"),
                CsvColumn.bool("Overdue", "Past its due date and not done"),
                CsvColumn.integer("KPI ID", "The KPI's id"),
                CsvColumn.text("Recommendation", "Code of the report recommendation it answers"),
                CsvColumn.dateTime("Updated at", "When it was last changed"),
                CsvColumn.text("Updated by", "Who last changed it"),
                CsvColumn.text("KPI", "The KPI's name"),
                CsvColumn.text("Period", "The reporting period, such as 2024-Q2 or 2024/25"),
                CsvColumn.date("Period start", "First day of the period"),
                CsvColumn.decimal("Target", KPI_UNIT, "The target for the period"),
                CsvColumn.decimal("Actual", KPI_UNIT, "The actual reported for the period"),
                CsvColumn.text("Actual status", "Whether the actual is submitted, approved or rejected"),
                CsvColumn.decimal("Compared value", KPI_UNIT, "The value the RAG rule compared with the target"),
                CsvColumn.text("Reason", "Why the period has its RAG"),
                CsvColumn.integer("Rule version", "Version of the RAG rule that judged it"),
                CsvColumn.dateTime("Computed at", "When the RAG was computed"),
                CsvColumn.integer("Actual ID", "The actual's id"),
                CsvColumn.decimal("Value", KPI_UNIT, "The actual value"),
                CsvColumn.text("Evidence", "Where the evidence for the value is"),
                CsvColumn.text("Submitted by", "Who submitted it"),
                CsvColumn.dateTime("Submitted at", "When it was submitted"),
                CsvColumn.text("Organisation", "Slug of the organisation that submitted it"),
                CsvColumn.text("Reviewed by", "Who approved or rejected it"),
                CsvColumn.dateTime("Reviewed at", "When it was reviewed"),
                CsvColumn.text("Review note", "The reviewer's note"),
                CsvColumn.text("Code", "The recommendation's code in the Marmot report"),
                CsvColumn.integer("Principle", "The Marmot principle it belongs to, 0 to 8"),
                CsvColumn.text("Workstreams", "Slugs of the workstreams it is assigned to, separated by ;"),
                CsvColumn.bool("Answered", "Whether an action answers it"),
                CsvColumn.text("Dimension", "What the actual is broken down by: DEPRIVATION_QUINTILE, WARD, "
                        + "ETHNIC_GROUP, SEX or AGE_BAND"),
                CsvColumn.text("Category", "The category of the dimension; deprivation quintiles are 1 (the most "
                        + "deprived 20%) to 5"),
                CsvColumn.decimal("Share of dimension (%)", "percent", "The category's value as a percentage of the "
                        + "dimension's total"),
                CsvColumn.decimal("Most deprived share (%)", "percent", "Of those reached whose deprivation quintile "
                        + "is known, the percentage in quintile 1"),
                CsvColumn.decimal("Population share (%)", "percent", "The percentage of the population served that "
                        + "lives in the most deprived 20%, as the KPI gives it with its source"),
                CsvColumn.text("Reach judgement", "PROPORTIONATE_OR_MORE, LESS_THAN_PROPORTIONATE, "
                        + "NO_POPULATION_SHARE or NO_DEPRIVATION_BREAKDOWN"));
    }
}
