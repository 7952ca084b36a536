package org.citeqa.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production command's JVM flags (the memory settings of the README's "Production build and Docker") are the same
 * in the README, the Dockerfile and the benchmarks ({@code bench/common.sh}), which measure that command; and the JVM
 * takes them without a warning (with {@code -Xms64m} it warned that the young generation did not fit).
 */
class ProductionCommandTest {

    private static final Pattern README_COMMAND = Pattern.compile(
            "(?m)^java (.*?)-jar target/quarkus-app/quarkus-run\\.jar$");
    private static final Pattern DOCKER_OPTIONS = Pattern.compile("JAVA_OPTS_APPEND=\"([^\"]*)\"");
    /** Lucene's flags, which the README's command leaves to the launcher (named here as the launcher names them). */
    private static final List<String> LUCENE_FLAGS = List.of("--add-modules=jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED");
    private static final Pattern BENCH_OPTIONS = Pattern.compile("(?m)^production_flags=\"([^\"]*)\"");

    @Test
    void readmeDockerfileAndBenchmarkStartTheServiceWithTheSameJvmFlags() throws IOException {
        List<String> readme = flags(README_COMMAND, Path.of("README.md"));
        assertFalse(readme.isEmpty(), "the README's production command names its JVM flags");
        assertEquals(readme, withoutLuceneFlags(flags(DOCKER_OPTIONS, Path.of("Dockerfile"))));
        assertEquals(readme, withoutLuceneFlags(flags(BENCH_OPTIONS, Path.of("bench", "common.sh"))));
    }

    @Test
    void theJvmTakesTheFlagsWithoutAWarning() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(flags(README_COMMAND, Path.of("README.md")));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
        assertFalse(output.toLowerCase().contains("warning"), output);
    }

    /** The flags the pattern's first group holds in the file, split at spaces. */
    private static List<String> flags(Pattern pattern, Path file) throws IOException {
        Matcher m = pattern.matcher(Files.readString(file));
        assertTrue(m.find(), file + " holds the production command");
        return Arrays.stream(m.group(1).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    /** The Dockerfile and the benchmark also pass Lucene's flags. */
    private static List<String> withoutLuceneFlags(List<String> flags) {
        return flags.stream().filter(f -> !LUCENE_FLAGS.contains(f)).toList();
    }
}
