package org.citeqa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebPolicyTest {

    @Test
    void defaultIsSelfOnly() {
        WebPolicy policy = new WebPolicy("'self'", List.of());
        assertTrue(policy.contentSecurityPolicy().contains("frame-ancestors 'self';"));
        assertFalse(policy.corsAllowed("https://classroom.example.org"));
        assertFalse(policy.corsAllowed(null));
    }

    @Test
    void configuredFrameAncestorsAndOrigins() {
        WebPolicy policy = new WebPolicy(" 'self'   https://classroom.example.org ",
                List.of("https://Classroom.example.org/", "http://localhost:3000"));
        assertTrue(policy.contentSecurityPolicy().contains("frame-ancestors 'self' https://classroom.example.org;"));
        assertTrue(policy.corsAllowed("https://classroom.example.org"));
        assertTrue(policy.corsAllowed("https://classroom.example.org:443"));
        assertTrue(policy.corsAllowed("http://localhost:3000"));
        assertFalse(policy.corsAllowed("http://localhost:3001"));
        assertFalse(policy.corsAllowed("https://classroom.example.org.evil.example"));
        assertFalse(policy.corsAllowed("null"));
    }

    @Test
    void rejectsValuesThatWouldRewriteThePolicy() {
        assertThrows(IllegalArgumentException.class, () -> new WebPolicy("'self'; script-src *", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new WebPolicy("", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new WebPolicy("'unsafe-inline'", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new WebPolicy("'self'", List.of("*")));
        assertThrows(IllegalArgumentException.class, () -> new WebPolicy("'self'", List.of("https://a.example/path")));
        assertEquals("https://a.example:8443", WebPolicy.origin("HTTPS://A.example:8443"));
    }
}
