package org.healthequity.workstreams.config;

import java.time.LocalDate;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.healthequity.common.client.CallPolicy;
import org.healthequity.common.persistence.DemoContent;

@ConfigMapping(prefix = "workstreams")
public interface WorkstreamsConfig {

    /** The area whose outcome values dashboards show: the town running the programme (Luton by default). */
    @WithDefault("E06000032")
    String homeArea();

    /** How calls to indicators-service are guarded. */
    CallPolicy indicators();

    /** How calls to evaluation-service are guarded. */
    CallPolicy evaluation();

    /** Luton's workstreams, logic model, workplans and KPIs as demo content ({@code HES_DEMO_DATA}). */
    DemoContent.Settings demoData();

    /** Where "today" is, for due dates and overdue actions. */
    @WithDefault("Europe/London")
    ZoneId zone();

    default LocalDate today() {
        return LocalDate.now(zone());
    }
}
