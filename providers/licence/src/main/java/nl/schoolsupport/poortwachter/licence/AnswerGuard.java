package nl.schoolsupport.poortwachter.licence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.http.HttpResponseInterceptor;
import org.apache.http.conn.EofSensorInputStream;
import org.apache.http.entity.HttpEntityWrapper;

/**
 * Bounds the raw bytes and the arrival time of one answer at the transport, below Google HTTP Client. When an
 * answer exceeds either, the connection is aborted at once: draining a huge or dribbling answer to keep a pooled
 * connection would hand the attacker (or the broken service) exactly the time and memory the limits protect. Google
 * HTTP Client drains the body when a response is closed, so the bound must sit here, not above it.
 *
 * <p>The limits of the request in flight are handed over in a thread-local: the Apache client is synchronous, so
 * its response interceptor runs on the calling thread.
 */
final class AnswerGuard {

    private static final ThreadLocal<Limits> CURRENT = new ThreadLocal<>();

    /** The limits of the answer being read on this thread. */
    record Limits(long maxBytes, long deadlineNanos) {
    }

    /** Raised when the raw answer is larger than allowed; the connection is already aborted. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("more than " + limit + " bytes sent");
        }
    }

    /** Raised when the answer does not arrive completely before the deadline; the connection is already aborted. */
    static final class TooSlow extends IOException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("answer not complete before the deadline");
        }
    }

    private AnswerGuard() {
    }

    static void begin(Limits limits) {
        CURRENT.set(limits);
    }

    static void end() {
        CURRENT.remove();
    }

    /** Wraps every response entity of the client in a guarded one while limits are set on the thread. */
    static HttpResponseInterceptor interceptor() {
        return (response, context) -> {
            Limits limits = CURRENT.get();
            if (limits != null && response.getEntity() != null) {
                response.setEntity(new HttpEntityWrapper(response.getEntity()) {
                    @Override
                    public InputStream getContent() throws IOException {
                        return new GuardedStream(super.getContent(), limits);
                    }
                });
            }
        };
    }

    private static final class GuardedStream extends FilterInputStream {
        private final Limits limits;
        private long count;
        private boolean aborted;

        GuardedStream(InputStream in, Limits limits) {
            super(in);
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (aborted) {
                return -1;
            }
            if (System.nanoTime() > limits.deadlineNanos()) {
                abort();
                throw new TooSlow();
            }
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                if (count > limits.maxBytes()) {
                    abort();
                    throw new TooLarge(limits.maxBytes());
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // draining by skipping must count too
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
            int read = read(buffer, 0, buffer.length);
            return Math.max(0, read);
        }

        @Override
        public void close() throws IOException {
            if (!aborted) {
                super.close();
            }
        }

        private void abort() throws IOException {
            aborted = true;
            if (in instanceof EofSensorInputStream sensor) {
                sensor.abortConnection();
            } else {
                in.close();
            }
        }
    }
}
