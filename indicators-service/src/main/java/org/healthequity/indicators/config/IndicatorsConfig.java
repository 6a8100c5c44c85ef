package org.healthequity.indicators.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "indicators")
public interface IndicatorsConfig {

    DemoData demoData();

    interface DemoData {

        /** Load Luton's outcome table at start-up (./run.sh turns this on with HES_DEMO_DATA). */
        @WithDefault("false")
        boolean enabled();
    }
}
