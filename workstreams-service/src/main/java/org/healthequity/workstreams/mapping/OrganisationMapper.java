package org.healthequity.workstreams.mapping;

import org.healthequity.workstreams.repository.Organisation;

public final class OrganisationMapper {

    private OrganisationMapper() {
    }

    public static OrganisationView toView(Organisation organisation) {
        return new OrganisationView(organisation.slug, organisation.name, organisation.shortName, organisation.type,
                organisation.createdAt, organisation.createdBy, organisation.updatedAt, organisation.updatedBy);
    }

    /** Copies the updatable fields; the slug is the identity and stays. */
    public static void update(Organisation organisation, OrganisationRequest request) {
        organisation.name = request.name().trim();
        organisation.shortName = request.shortName() == null || request.shortName().isBlank() ? null
                : request.shortName().trim();
        organisation.type = request.type();
    }

    public static Organisation toEntity(OrganisationRequest request) {
        Organisation organisation = new Organisation();
        organisation.slug = request.slug();
        update(organisation, request);
        return organisation;
    }
}
