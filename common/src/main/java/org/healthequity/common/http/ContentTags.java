package org.healthequity.common.http;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Strong entity tags from content, for answers that have no stored version of their own (a page of a list, a
 * composed report): the digest of the bytes the content is written as, so that the same content always has the same
 * tag. Streamed answers (CSV) have no bytes yet and get none.
 */
@Singleton
public class ContentTags {

    private final ObjectMapper json;

    ContentTags(ObjectMapper json) {
        this.json = json;
    }

    /** The quoted tag, or null when the content cannot be digested before it is written. */
    public String of(Object content) {
        byte[] digest = digest(content);
        return digest == null ? null
                : "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
    }

    /** The SHA-256 of what the content is written as, in hex (a stored record of what was published). */
    public String sha256(Object content) {
        byte[] digest = digest(content);
        if (digest == null) {
            throw new IllegalArgumentException("Content that cannot be digested: " + content.getClass());
        }
        return HexFormat.of().formatHex(digest);
    }

    private byte[] digest(Object content) {
        byte[] bytes;
        try {
            if (content == null || content instanceof StreamingOutput || content instanceof InputStream) {
                return null;
            } else if (content instanceof byte[] raw) {
                bytes = raw;
            } else if (content instanceof String text) {
                bytes = text.getBytes(StandardCharsets.UTF_8);
            } else {
                bytes = json.writeValueAsBytes(content);
            }
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
