package org.citeqa.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON bodies stay within {@code citeqa.limits.max-body-bytes} even when sent without a Content-Length (chunked):
 * the HTTP layer's own limit is as high as an upload may be, so this counts what the JSON reader consumes and
 * stops at the limit with 413.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    // Read on first use: providers are created before configuration mappings can be injected into them.
    private volatile long limit = -1;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            context.setInputStream(new Limited(context.getInputStream(), limit()));
        }
        return context.proceed();
    }

    private long limit() {
        if (limit < 0) {
            limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("citeqa.limits.max-body-bytes", Long.class).orElse(65536L);
        }
        return limit;
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "The request body is larger than " + limit + " bytes.");
            }
        }
    }
}
