package app.criba.importing.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that fails once more than a limit of bytes has been read, so that a body upload cannot fill the disk. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    /** Thrown when the stream passes its limit. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("The body is longer than " + limit + " bytes");
        }
    }

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            counted(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    private void counted(int bytes) throws LimitExceeded {
        count += bytes;
        if (count > limit) {
            throw new LimitExceeded(limit);
        }
    }
}
