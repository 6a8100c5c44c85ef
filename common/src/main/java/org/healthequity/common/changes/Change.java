package org.healthequity.common.changes;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of a change feed: a resource written (created or changed) or deleted. */
@Schema(name = "Change")
public record Change(
        @Schema(description = "The kind of resource, such as indicator, kpi or recommendation", example = "indicator")
        String type,
        @Schema(description = "The resource's identifier, as its link uses it", example = "90366") String id,
        @Schema(description = "UPSERT: created or changed, read the link for its state now; DELETE: gone")
        Action action,
        @Schema(description = "When the write happened") OffsetDateTime time,
        @Schema(description = "The resource's address (for a deletion, where it was)") String link) {

    /** Named apart from the workstreams' Action resource, which shares the contract's schema names. */
    @Schema(name = "ChangeAction")
    public enum Action {
        UPSERT, DELETE
    }
}
