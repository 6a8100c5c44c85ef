package org.healthequity.common.openapi;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Points the contract's security scheme at the Keycloak realm that browsers reach, {@code HES_OPENAPI_OIDC_URL},
 * which only a deployment knows: the Swagger UI logs in there.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OidcUrlFilter implements OASFilter {

    static final String SCHEME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Optional<String> realm = ConfigProvider.getConfig().getOptionalValue("hes.openapi.oidc-url", String.class)
                .filter(url -> !url.isBlank());
        if (realm.isEmpty() || openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey(SCHEME)) {
            return;
        }
        openAPI.getComponents().getSecuritySchemes().get(SCHEME).setOpenIdConnectUrl(
                realm.get().replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }
}
