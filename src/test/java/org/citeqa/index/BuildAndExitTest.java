package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The image build's step: the service builds its index and exits 0, leaving a finished index behind. */
@QuarkusMainTest
@TestProfile(BuildAndExitTest.BuildOnly.class)
class BuildAndExitTest {

    static final Path INDEX = Path.of("target", "build-and-exit-index");

    public static class BuildOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("citeqa.build-index-and-exit", "true", "citeqa.index.dir", INDEX.toString(),
                    "quarkus.http.test-port", "0");
        }
    }

    @Test
    @Launch(exitCode = 0)
    void buildsTheIndexAndExits(LaunchResult result) throws IOException {
        assertEquals(0, result.exitCode());
        assertTrue(result.getOutput().contains("exiting as citeqa.build-index-and-exit asks"), result.getOutput());
        try (Stream<Path> files = Files.walk(INDEX)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("segments_")), "a Lucene index in " + INDEX);
        }
    }
}
