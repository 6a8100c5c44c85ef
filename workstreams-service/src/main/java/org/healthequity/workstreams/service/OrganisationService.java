package org.healthequity.workstreams.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.problem.ApiException;
import org.healthequity.workstreams.mapping.OrganisationMapper;
import org.healthequity.workstreams.mapping.OrganisationRequest;
import org.healthequity.workstreams.mapping.OrganisationView;
import org.healthequity.workstreams.repository.Organisation;
import org.healthequity.workstreams.repository.OrganisationRepository;
import org.healthequity.workstreams.repository.OrganisationType;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public PagedResult<OrganisationView> list(OrganisationType type, String text, PageRequest page) {
        PanacheQuery<Organisation> query = organisations.search(type, text);
        return QueryPages.of(query, page, OrganisationMapper::toView);
    }

    public Versioned<OrganisationView> get(String slug) {
        Organisation organisation = find(slug);
        return new Versioned<>(OrganisationMapper.toView(organisation), organisation.version);
    }

    @Transactional
    public Versioned<OrganisationView> create(OrganisationRequest request) {
        if (organisations.findBySlug(request.slug()).isPresent()) {
            throw ApiException.conflict("An organisation with slug '" + request.slug() + "' already exists");
        }
        Organisation organisation = OrganisationMapper.toEntity(request);
        organisations.persistAndFlush(organisation);
        return new Versioned<>(OrganisationMapper.toView(organisation), organisation.version);
    }

    @Transactional
    public Versioned<OrganisationView> update(String slug, String ifMatch, OrganisationRequest request) {
        Organisation organisation = find(slug);
        EntityTags.requireMatch(ifMatch, organisation.version);
        if (!slug.equals(request.slug())) {
            throw ApiException.invalidField("slug", "immutable", "The slug identifies the organisation and cannot "
                    + "change (it is '" + slug + "')");
        }
        OrganisationMapper.update(organisation, request);
        organisations.flush();
        return new Versioned<>(OrganisationMapper.toView(organisation), organisation.version);
    }

    public Organisation find(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Organisation", slug));
    }
}
