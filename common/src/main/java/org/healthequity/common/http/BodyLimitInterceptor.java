package org.healthequity.common.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds a body without a declared length (chunked) to the service's {@code quarkus.http.limits.max-body-size} while
 * it is read, and answers one that runs past it with a 413 problem. Quarkus REST would otherwise cut it off with a
 * bare 413; {@link RequestGuard} hands the limit to this interceptor for such requests.
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {

    /** Read at the first body: providers are built during static initialisation, before runtime config. */
    private volatile long maxBodySize = -1;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (maxBodySize < 0) {
            maxBodySize = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size",
                    MemorySize.class).map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        context.setInputStream(new Limited(context.getInputStream(), maxBodySize, request));
        return context.proceed();
    }

    /**
     * Counts what is read and stops at the limit: the problem is written at once and the connection closed after
     * it, as Quarkus REST does with its bare 413, since an answer given through the usual path would wait for the
     * end of a body that may never end. The read then fails, which abandons the request.
     */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private final RoutingContext request;
        private long read;

        Limited(InputStream in, long limit, RoutingContext request) {
            super(in);
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > limit) {
                if (!request.response().headWritten()) {
                    RequestGuard.refuseTooLarge(request, limit);
                }
                throw new BodyTooLargeException(limit);
            }
        }
    }

    /** The read that ran past the limit, after the 413 problem has been written. */
    public static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(long limit) {
            super("Request body larger than " + limit + " bytes; answered with a 413 problem");
        }
    }
}
