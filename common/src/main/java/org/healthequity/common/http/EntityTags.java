package org.healthequity.common.http;

import java.util.Arrays;

import jakarta.ws.rs.core.EntityTag;

import org.healthequity.common.problem.ApiException;
import org.healthequity.conventions.ProblemType;

/**
 * Optimistic locking over HTTP: a resource's ETag is its row version, and a change must name the version it was
 * based on in {@code If-Match}. Missing is 428; stale is 412.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @param ifMatch the raw {@code If-Match} header: {@code *}, or one or more strong tags
     * @param currentVersion the version the stored resource has now
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that a concurrent change is not overwritten");
        }
        String current = "\"" + currentVersion + "\"";
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED,
                    "The resource has changed since you read it (its ETag is now " + current + "); read it again");
        }
    }
}
