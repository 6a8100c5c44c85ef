package org.healthequity.indicators.config;

import io.smallrye.config.ConfigMapping;

import org.healthequity.common.persistence.DemoContent;

@ConfigMapping(prefix = "indicators")
public interface IndicatorsConfig {

    /** Luton's outcome table as demo data ({@code HES_DEMO_DATA}), loaded through the import like any data. */
    DemoContent.Settings demoData();
}
