package org.healthequity.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Last-Modified from the data version's time. */
class DataVersionTagsTest {

    private static final Instant CHANGED = Instant.parse("2026-11-30T10:15:30.250Z");

    @Test
    void theLastChangeIsDatedToTheNextWholeSecondOnceThatSecondHasPassed() {
        assertThat(DataVersionTags.lastModified(CHANGED, Instant.parse("2026-11-30T10:15:30.900Z"))).isEmpty();
        assertThat(DataVersionTags.lastModified(CHANGED, Instant.parse("2026-11-30T10:15:31Z")))
                .contains(Instant.parse("2026-11-30T10:15:31Z"));
        assertThat(DataVersionTags.lastModified(CHANGED, Instant.parse("2026-11-30T18:00:00Z")))
                .contains(Instant.parse("2026-11-30T10:15:31Z"));
    }

    @Test
    void aChangeOnAnEarlierDayIsDatedFromTheStartOfTodayAsTheTagChangesWithTheDay() {
        assertThat(DataVersionTags.lastModified(CHANGED, Instant.parse("2026-12-02T08:00:00Z")))
                .contains(Instant.parse("2026-12-02T00:00:00Z"));
    }

    @Test
    void aSecondChangeInTheSameSecondCannotHideBehindTheFirstsDate() {
        // Read just after a first change: no date is given, so no If-Modified-Since can match a later change.
        Instant firstRead = Instant.parse("2026-11-30T10:15:30.600Z");
        assertThat(DataVersionTags.lastModified(CHANGED, firstRead)).isEmpty();
        Instant second = Instant.parse("2026-11-30T10:15:30.800Z");
        Instant date = DataVersionTags.lastModified(second, Instant.parse("2026-11-30T10:15:32Z")).orElseThrow();
        assertThat(date).isAfter(second);
    }
}
