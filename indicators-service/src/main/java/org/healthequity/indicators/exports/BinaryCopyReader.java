package org.healthequity.indicators.exports;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads PostgreSQL's binary COPY format, one tuple and one field at a time, in the order the query gives them. */
final class BinaryCopyReader implements AutoCloseable {

    private static final int SIGNATURE_LENGTH = 11;

    private final DataInputStream in;

    BinaryCopyReader(InputStream copy) throws IOException {
        this.in = new DataInputStream(new BufferedInputStream(copy, 1 << 16));
        in.skipNBytes(SIGNATURE_LENGTH);
        in.readInt();
        in.skipNBytes(in.readInt());
    }

    /** Moves to the next tuple; false at the end. */
    boolean next() throws IOException {
        try {
            return in.readShort() != -1;
        } catch (EOFException end) {
            return false;
        }
    }

    int int4() throws IOException {
        if (in.readInt() != 4) {
            throw new IOException("expected a non-null int4");
        }
        return in.readInt();
    }

    Double float8() throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        return in.readDouble();
    }

    String text() throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
