package org.healthequity.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read composed with other services' data (a dashboard, the annual report): this service's data version does not
 * say whether it changed, so {@link DataVersionTags} leaves it alone and its ETag is the digest of what it shows
 * ({@link ContentTags}); it is built, then answered 304 if unchanged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TaggedByContent {
}
