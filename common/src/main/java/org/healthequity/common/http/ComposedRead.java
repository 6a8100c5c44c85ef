package org.healthequity.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read composed with other services' data (a dashboard, the annual report): this service's data version alone does
 * not say whether it changed, so {@link DataVersionTags} leaves it alone and the read answers through
 * {@link ComposedTags}, which tags it by this service's version and the tags of what it read from the others.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ComposedRead {
}
