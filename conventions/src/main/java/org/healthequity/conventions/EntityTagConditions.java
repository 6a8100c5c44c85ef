package org.healthequity.conventions;

import java.util.Arrays;

/** How {@code If-None-Match} is compared with an entity tag, for the services and the gateway's cache alike. */
public final class EntityTagConditions {

    private EntityTagConditions() {
    }

    /** Weak comparison (RFC 9110 §13.1.2): {@code W/"3"} matches {@code "3"}, and {@code *} matches any tag. */
    public static boolean noneMatchFails(String condition, String entityTag) {
        String current = opaque(entityTag.trim());
        return Arrays.stream(condition.split(",")).map(String::trim)
                .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(current));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
