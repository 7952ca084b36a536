package org.citeqa.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Checks the admin token of a write request: 403 when no token is configured (writing is off), 401 when the
 * request carries none or another one. Tokens are compared as SHA-256 digests with {@link MessageDigest#isEqual},
 * in constant time whatever their lengths; neither is ever logged.
 */
@ApplicationScoped
public class AdminAuth {

    static final String CHALLENGE = "Bearer realm=\"citeqa\"";

    /** The outcome of a check: allowed, or the problem to answer with. */
    record Decision(Problem problem) {
        boolean allowed() {
            return problem == null;
        }
    }

    private final byte[] expected;

    public AdminAuth(AdminConfig config) {
        this.expected = config.token().map(String::strip).filter(t -> !t.isEmpty()).map(AdminAuth::digest).orElse(null);
    }

    Decision check(String authorization) {
        if (expected == null) {
            return new Decision(Problem.of(403, "Changing documents is switched off on this server: set the admin"
                    + " token (citeqa.admin.token, e.g. the environment variable CITEQA_ADMIN_TOKEN) to turn it on."));
        }
        String token = bearer(authorization);
        if (token == null) {
            return new Decision(Problem.of(401, "Changing documents needs the admin token: send it as"
                    + " 'Authorization: Bearer <token>'."));
        }
        if (!MessageDigest.isEqual(expected, digest(token))) {
            return new Decision(Problem.of(401, "The admin token is not valid."));
        }
        return new Decision(null);
    }

    /** Throws the problem unless the request may write. */
    void require(String authorization) {
        Decision decision = check(authorization);
        if (!decision.allowed()) {
            throw new ApiException(jakarta.ws.rs.core.Response.Status.fromStatusCode(decision.problem().status()),
                    decision.problem().detail());
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String token = value.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
