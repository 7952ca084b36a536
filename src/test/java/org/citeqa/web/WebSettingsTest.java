package org.citeqa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WebSettingsTest {

    private final WebSettings.FrameAncestors frameAncestors = new WebSettings.FrameAncestors();
    private final WebSettings.CorsOrigin origin = new WebSettings.CorsOrigin();

    @Test
    void frameAncestorsAreCspSourcesOnly() {
        assertEquals("'self' https://classroom.example.org", frameAncestors.convert(" 'self'   https://classroom.example.org "));
        assertEquals("'none'", frameAncestors.convert("'none'"));
        for (String bad : new String[] {"'self'; script-src *", "", "'unsafe-inline'", "https://a.example,b"}) {
            assertThrows(IllegalArgumentException.class, () -> frameAncestors.convert(bad), bad);
        }
    }

    @Test
    void corsOriginsAreOriginsNotPatterns() {
        assertEquals("https://classroom.example.org", origin.convert("https://Classroom.example.org/"));
        assertEquals("https://a.example:8443", origin.convert("HTTPS://A.example:8443"));
        assertEquals("https://a.example", origin.convert("https://a.example:443"));
        for (String bad : new String[] {"*", "/.*/", "null", "https://a.example/path", "ftp://a.example", "a.example"}) {
            assertThrows(IllegalArgumentException.class, () -> origin.convert(bad), bad);
        }
    }
}
