package org.healthequity.indicators.imports.format;

/** A stream of import rows in one wire format. */
public interface ImportRows extends AutoCloseable {

    /** The next row, or null at the end. */
    ImportRow next();

    /** The name of a field in this format, for problems. */
    String fieldName(ImportField field);

    @Override
    void close();
}
