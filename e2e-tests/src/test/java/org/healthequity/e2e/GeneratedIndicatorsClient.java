package org.healthequity.e2e;

import org.healthequity.e2e.client.indicators.ApiClient;

/** The client generated from the indicators contract, aimed at the gateway and signed as a demo user (null: none). */
final class GeneratedIndicatorsClient {

    private GeneratedIndicatorsClient() {
    }

    static ApiClient as(String user) {
        ApiClient client = new ApiClient().setRequestInterceptor(Tokens.bearer(user));
        client.updateBaseUri(StackExtension.config().gatewayUrl());
        return client;
    }
}
