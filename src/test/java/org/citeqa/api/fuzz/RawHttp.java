package org.citeqa.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the request line and body go out byte for byte, so
 * the fuzzer can send what well-behaved clients refuse to (malformed percent escapes, invalid UTF-8, any content
 * type).
 */
public final class RawHttp {

    /** {@code target} is what was sent, for telling the HTTP layer's refusals from the application's. */
    public record Response(int status, Map<String, String> headers, String body, String target) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        /**
         * Refused by the HTTP layer before any application code, with an empty body (see the README's "Errors"):
         * a request line over 64 KiB (414), or a target that is not a valid URI, e.g. a '%' without two hex digits
         * after it (400).
         */
        boolean refusedBeforeRouting() {
            if (!body.isEmpty() || !contentType().isEmpty()) {
                return false;
            }
            if (status == 414) {
                return target.length() + 16 > MAX_REQUEST_LINE;
            }
            if (status == 400) {
                try {
                    new URI(target);
                    return false;
                } catch (java.net.URISyntaxException e) {
                    return true;
                }
            }
            return false;
        }
    }

    /** quarkus.http.limits.max-initial-line-length */
    static final int MAX_REQUEST_LINE = 65536;

    private final String host;
    private final int port;

    public RawHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
    }

    public Response get(String target) {
        return send("GET", target, null, null);
    }

    Response post(String target, String contentType, byte[] body) {
        return send("POST", target, contentType, body);
    }

    Response send(String method, String target, String contentType, byte[] body) {
        return send(method, target, contentType, body, null);
    }

    /** With an Authorization header when {@code authorization} is not null. */
    Response send(String method, String target, String contentType, byte[] body, String authorization) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(120_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("Accept: */*\r\nConnection: close\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization.replaceAll("[\\r\\n]", " ")).append("\r\n");
            }
            if (contentType != null && !contentType.isEmpty()) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream(), target);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + method + " " + abbreviate(target), e);
        }
    }

    private static Response read(InputStream in, String target) throws IOException {
        byte[] all = in.readAllBytes();
        int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (split < 0) {
            throw new IOException("the connection closed before a complete response: "
                    + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, split + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8), target);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int eol = indexOf(chunked, pos, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (eol < 0) {
                break;
            }
            String size = new String(chunked, pos, eol - pos, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, eol + 2, Math.min(length, chunked.length - eol - 2));
            pos = eol + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, 0, needle);
    }

    private static int indexOf(byte[] haystack, int from, byte[] needle) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s;
    }
}
