package org.healthequity.indicators.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Keeps a copy of everything read through it, so that the same bytes can be read again. */
final class SpoolingInputStream extends FilterInputStream {

    private final OutputStream copy;

    SpoolingInputStream(InputStream in, OutputStream copy) {
        super(in);
        this.copy = copy;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            copy.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            copy.write(buffer, offset, read);
        }
        return read;
    }

    /** Closing the rows must not close the request body: the rest of it may still have to be spooled. */
    @Override
    public void close() {
    }
}
