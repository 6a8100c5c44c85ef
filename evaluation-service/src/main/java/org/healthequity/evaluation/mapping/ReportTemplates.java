package org.healthequity.evaluation.mapping;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The annual report's pages, checked against {@link AnnualReport} when the service is built. Each section is a
 * partial in {@code templates/report/}, in HTML and Markdown side by side; formatting lives in {@link ReportFormat}.
 */
@CheckedTemplate(basePath = "report")
public final class ReportTemplates {

    private ReportTemplates() {
    }

    /** One self-contained, printable HTML page ({@code report/page.html}), escaped by the engine. */
    public static native TemplateInstance page(AnnualReport report);

    /** Markdown with GitHub tables ({@code report/markdown.md}), for pasting into papers and wikis. */
    public static native TemplateInstance markdown(AnnualReport report);
}
