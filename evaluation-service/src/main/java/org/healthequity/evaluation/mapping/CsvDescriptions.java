package org.healthequity.evaluation.mapping;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.healthequity.common.csv.CsvColumn;
import org.healthequity.common.csv.CsvColumnDictionary;

/** What each column of evaluation-service's CSVs means (the evaluations' recommendations). */
public class CsvDescriptions {

    @Produces
    @Singleton
    CsvColumnDictionary columns() {
        return new CsvColumnDictionary().add(
                CsvColumn.integer("Recommendation ID", "The recommendation's id"),
                CsvColumn.integer("Evaluation ID", "The evaluation that made it"),
                CsvColumn.text("Recommendation", "What it recommends"),
                CsvColumn.text("Owner organisation", "Slug of the partner organisation that owns it"),
                CsvColumn.date("Due date", "When it is due"),
                CsvColumn.integer("Principle", "The Marmot principle it serves, 0 to 8"),
                CsvColumn.text("Workstream", "Slug of the workstream it belongs to"),
                CsvColumn.text("Status", "Where it stands: PROPOSED, ACCEPTED, IN_PROGRESS, IMPLEMENTED or "
                        + "NOT_TAKEN_FORWARD"),
                CsvColumn.date("Status date", "When it reached that status"),
                CsvColumn.text("Status reason", "Why it moved to that status"),
                CsvColumn.bool("Overdue", "Past its due date and not done"),
                CsvColumn.dateTime("Updated at", "When it was last changed"),
                CsvColumn.text("Updated by", "Who last changed it"));
    }
}
