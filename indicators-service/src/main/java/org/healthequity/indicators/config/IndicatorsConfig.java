package org.healthequity.indicators.config;

import java.time.Duration;
import java.time.LocalDate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.healthequity.common.persistence.DemoContent;

@ConfigMapping(prefix = "indicators")
public interface IndicatorsConfig {

    /** Luton's outcome table as demo data ({@code HES_DEMO_DATA}), loaded through the import like any data. */
    DemoContent.Settings demoData();

    /** Inequality breakdowns. */
    Inequalities inequalities();

    interface Inequalities {

        /**
         * Slope indices of served breakdowns kept in memory, the least recently read dropped first (0: none). Each
         * is a pure function of the breakdown's values, so a kept one is the answer recomputing would give.
         */
        @WithDefault("4096")
        int siiCacheEntries();
    }

    /**
     * Scorecards built at once: each holds every peer's values of the indicators it shows (for the spine chart's
     * distribution), so their number bounds the memory they take; another waits its turn, then is a 503.
     */
    Scorecards scorecards();

    interface Scorecards {

        @WithDefault("4")
        int concurrent();

        @WithDefault("PT10S")
        Duration queueTimeout();
    }

    /** Change since a baseline ("is it the programme?"). */
    Change change();

    interface Change {

        /**
         * Each series' baseline is its last period ending before this day: by default the start of Luton's work as a
         * Marmot town, September 2022.
         */
        @WithDefault("2022-09-01")
        LocalDate baselineBefore();
    }

    /** The CSV export of observations: how many read the database at once, and how long another may wait. */
    Export export();

    interface Export {

        /** Exports reading the database at the same time; each holds a connection while it writes its file. */
        @WithDefault("2")
        int concurrent();

        /** How long an export waits for its turn before it is answered 503 with Retry-After. */
        @WithDefault("PT10S")
        Duration queueTimeout();
    }
}
