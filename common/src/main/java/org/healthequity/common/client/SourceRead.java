package org.healthequity.common.client;

/**
 * One read of another service's resource while a request was served: what was read, the entity tag it came with
 * (null when it had none, or the read failed), and how to read it again to see whether it changed.
 */
public record SourceRead(String resource, String tag, boolean failed, Runnable again) {

    /** Whether this read says exactly what it was: tagged and answered. */
    public boolean tagged() {
        return !failed && tag != null;
    }
}
