package org.healthequity.common.changes;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a change feed and where to carry on from. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(description = "Events in the order they are to be applied") List<Change> items,
        @Schema(description = "The cursor to send as 'since' next time; store it once the items are applied",
                example = "1042-377") String next,
        @Schema(description = "True when more events are waiting now: ask again at once with 'next'") boolean more,
        Links links) {

    @Schema(name = "ChangePageLinks")
    public record Links(String self, String next) {
    }
}
