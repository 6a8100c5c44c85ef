package org.healthequity.e2e;

import org.healthequity.e2e.client.workstreams.ApiClient;

/** The client generated from the workstreams contract, aimed at the gateway and signed as a demo user (null: none). */
final class GeneratedWorkstreamsClient {

    private GeneratedWorkstreamsClient() {
    }

    static ApiClient as(String user) {
        ApiClient client = new ApiClient().setRequestInterceptor(Tokens.bearer(user));
        client.updateBaseUri(StackExtension.config().gatewayUrl());
        return client;
    }
}
