package org.healthequity.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.healthequity.testing.EmbeddedPostgresResource;
import org.healthequity.testing.TestTokens;

/** A service called directly answers a body over its limit with a 413 problem, as the gateway does. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SourcesStub.class)
class BodyLimitTest {

    @TestHTTPResource("/")
    URI service;

    @Test
    void aChunkedBodyRunningPastTheLimitIsAProblem() throws Exception {
        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestTokens.admin() + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // One well-formed string that never ends, so that the service must read past its limit to judge it.
            byte[] opening = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            System.arraycopy(opening, 0, chunk, 0, opening.length);
            try {
                for (int i = 0; i < 11 * 16; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    Arrays.fill(chunk, 0, opening.length, (byte) 'a');
                }
            } catch (IOException closedByTheService) {
                // expected once the service has answered and closed
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            String head = head(reader);
            assertThat(head).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json");
            assertThat(reader.readLine()).contains("bytes this service accepts");
        }
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsAProblem() throws Exception {
        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/evaluations HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestTokens.admin() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 3000000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            String head = head(reader);
            assertThat(head).startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json");
        }
    }

    /** The status line and headers of the answer, a line each. */
    private static String head(BufferedReader reader) throws IOException {
        StringBuilder head = new StringBuilder();
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            head.append(line).append('\n');
        }
        return head.toString();
    }
}
