package org.healthequity.common.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Builds paged responses: the envelope and the same links in an RFC 8288 {@code Link} header. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> of(UriInfo uriInfo, PageRequest request, List<T> items, long totalItems) {
        int totalPages = (int) Math.max(1, (totalItems + request.size() - 1) / request.size());
        String prev = request.number() > 1 ? link(uriInfo, Math.min(request.number() - 1, totalPages), request) : null;
        String next = request.number() < totalPages ? link(uriInfo, request.number() + 1, request) : null;
        return new Page<>(items, new Page.Meta(request.number(), request.size(), totalItems, totalPages),
                new Page.Links(link(uriInfo, request.number(), request), link(uriInfo, 1, request), prev, next,
                        link(uriInfo, totalPages, request)));
    }

    public static <T> RestResponse<Page<T>> response(UriInfo uriInfo, PageRequest request, List<T> items,
            long totalItems) {
        Page<T> page = of(uriInfo, request, items, totalItems);
        List<String> links = new ArrayList<>();
        addLink(links, page.links().first(), "first");
        addLink(links, page.links().prev(), "prev");
        addLink(links, page.links().next(), "next");
        addLink(links, page.links().last(), "last");
        return RestResponse.ResponseBuilder.ok(page).header("Link", String.join(", ", links)).build();
    }

    public static <T> RestResponse<Page<T>> response(UriInfo uriInfo, PageRequest request, PagedResult<T> result) {
        return response(uriInfo, request, result.items(), result.totalItems());
    }

    private static void addLink(List<String> links, String uri, String rel) {
        if (uri != null) {
            links.add("<" + uri + ">; rel=\"" + rel + "\"");
        }
    }

    private static String link(UriInfo uriInfo, int number, PageRequest request) {
        URI uri = uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page", number)
                .replaceQueryParam("pageSize", request.size())
                .build();
        return uri.toString();
    }
}
