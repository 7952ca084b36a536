package org.citeqa.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.Quarkus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The entry point (src/main/java-17, named here only by reflection: quarkus:dev does not compile it) on a Java older
 * than 21 (the machine's default java, when it is one): one line naming the Java it
 * needs and the one it found, then exit 1; or, when a JDK 21+ is installed, the same launch again on it.
 */
class LauncherTest {

    static final String LAUNCHER = "org.citeqa.launch.Launcher";

    /** The feature release a JDK folder's release file names, by the launcher's own reading. */
    private static int feature(Path jdk) throws Exception {
        var method = Class.forName(LAUNCHER).getDeclaredMethod("feature", Path.class);
        method.setAccessible(true);
        return (int) method.invoke(null, jdk);
    }

    /** The JDK of the first java on the PATH, when it is older than 21; the test is skipped otherwise. */
    private static Path oldJava() throws Exception {
        Optional<Path> old = Optional.empty();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path java = Path.of(dir, "java");
            if (Files.isExecutable(java)) {
                old = Optional.of(java.toRealPath().getParent().getParent());
                break;
            }
        }
        Assumptions.assumeTrue(old.isPresent() && feature(old.get()) > 0 && feature(old.get()) < 21,
                "needs a default java older than 21 (this machine's: " + old + ")");
        return old.get();
    }

    private static Result run(Path jdk, String... properties) throws Exception {
        String classPath = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                + Path.of(Quarkus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString()));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", classPath, LAUNCHER));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher ends");
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {
    }

    @Test
    void onAnOldJavaItSaysInOneLineWhichJavaItNeedsAndWhichItFound() throws Exception {
        Path old = oldJava();
        Result result = run(old, "-Dciteqa.launch.search=" + Files.createTempDirectory("no-jdks"));
        assertEquals(1, result.status(), result.output());
        List<String> lines = result.output().lines().toList();
        assertEquals(1, lines.size(), result.output());
        assertTrue(lines.get(0).startsWith("CiteQA needs Java 21 or newer, and found Java " + feature(old) + "."),
                lines.get(0));
        assertTrue(lines.get(0).contains(old.toString()), "names the Java it found: " + lines.get(0));
    }

    @Test
    void onAnOldJavaItStartsAgainOnAnInstalledJdk21() throws Exception {
        Path old = oldJava();
        Path newer = Path.of(System.getProperty("java.home"));
        Assumptions.assumeTrue(feature(newer) >= 21);
        Result result = run(old, "-Dciteqa.launch.search=" + newer.getParent());
        String first = result.output().lines().findFirst().orElse("");
        assertTrue(first.startsWith("CiteQA needs Java 21 or newer, and found Java "), first);
        assertTrue(first.contains("; starting it on " + newer.getParent() + File.separator), first);
        // The second start runs on the newer JDK, past the check: Quarkus itself then refuses a class path that
        // was never built into an application, which shows the check let it through.
        assertTrue(result.output().lines().count() > 1, result.output());
        assertTrue(!result.output().contains("CiteQA needs Java 21 or newer, and found Java " + feature(newer)),
                result.output());
    }

    @Test
    void jdkVersionsAreReadFromTheirReleaseFiles() throws Exception {
        Path jdk = Files.createTempDirectory("jdk");
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"21.0.4\"\nIMPLEMENTOR=\"x\"\n");
        assertEquals(21, feature(jdk));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"1.8.0_412\"\n");
        assertEquals(8, feature(jdk));
        assertEquals(0, feature(jdk.resolve("missing")));
    }
}
