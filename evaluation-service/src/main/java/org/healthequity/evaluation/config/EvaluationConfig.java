package org.healthequity.evaluation.config;

import java.time.LocalDate;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.healthequity.common.client.CallPolicy;
import org.healthequity.common.persistence.DemoContent;

@ConfigMapping(prefix = "evaluation")
public interface EvaluationConfig {

    /** The area the annual progress report is about: the town running the programme (Luton by default). */
    @WithDefault("E06000032")
    String homeArea();

    /** How calls to indicators-service are guarded. */
    CallPolicy indicators();

    /** How calls to workstreams-service are guarded. */
    CallPolicy workstreams();

    /** Luton's evaluation and what it found and led to, as demo content ({@code HES_DEMO_DATA}). */
    DemoContent.Settings demoData();

    /** Where "today" is, for due dates and status dates. */
    @WithDefault("Europe/London")
    ZoneId zone();

    default LocalDate today() {
        return LocalDate.now(zone());
    }
}
