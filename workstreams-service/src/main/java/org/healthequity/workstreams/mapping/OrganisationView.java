package org.healthequity.workstreams.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.healthequity.workstreams.repository.OrganisationType;

@Schema(name = "Organisation", description = "A partner organisation of the health equity system")
public record OrganisationView(
        @Schema(examples = "elft") String slug,
        @Schema(examples = "East London NHS Foundation Trust") String name,
        @Schema(examples = "ELFT") String shortName,
        OrganisationType type,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {
}
