package org.healthequity.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** HTTP dates written as IMF-fixdate, and If-Modified-Since read as RFC 9110 §13.1.3 has it. */
class HttpDatesTest {

    private static final Instant DATE = Instant.parse("2026-11-30T10:15:31Z");
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void datesAreWrittenAsImfFixdateWithTwoDigitDays() {
        assertThat(HttpDates.format(DATE)).isEqualTo("Mon, 30 Nov 2026 10:15:31 GMT");
        assertThat(HttpDates.format(Instant.parse("2026-12-03T05:28:40Z"))).isEqualTo("Thu, 03 Dec 2026 05:28:40 GMT");
        assertThat(HttpDates.parse(HttpDates.format(DATE))).contains(DATE);
    }

    @Test
    void ifModifiedSinceAtOrAfterTheDateIsNotModified() {
        assertThat(HttpDates.notModifiedSince(HttpDates.format(DATE), DATE, NOW)).isTrue();
        assertThat(HttpDates.notModifiedSince("Mon, 30 Nov 2026 11:00:00 GMT", DATE, NOW)).isTrue();
        assertThat(HttpDates.notModifiedSince("Mon, 30 Nov 2026 10:15:30 GMT", DATE, NOW)).isFalse();
    }

    @Test
    void aDateThatIsNotAnHttpDateOrIsInTheFutureIsIgnored() {
        for (String ignored : new String[] { "yesterday", "2026-11-30T11:00:00Z", "", "Mon, 30 Nov 2026 25:00:00 GMT",
                "Tue, 01 Dec 2026 00:00:00 GMT", "x".repeat(100) }) {
            assertThat(HttpDates.notModifiedSince(ignored, DATE, NOW)).as(ignored).isFalse();
        }
        assertThat(HttpDates.notModifiedSince(null, DATE, NOW)).isFalse();
    }
}
