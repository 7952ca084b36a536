package org.citeqa.launch;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The service's entry point, compiled for Java 17 (the oldest Java that can load Quarkus's own launcher) while
 * everything else needs 21: on an older Java it says so in one line instead of failing on a class version, and, when
 * a JDK 21+ is installed (JAVA_HOME, /usr/lib/jvm and the other usual places), starts the service again on it with
 * Lucene's flags, so {@code java -jar quarkus-run.jar} works on a machine whose default java is 17.
 * {@code -Dciteqa.launch.relaunch=false} only reports; {@code -Dciteqa.launch.search=dir1:dir2} replaces the
 * places searched.
 */
@QuarkusMain
public final class Launcher {

    static final int NEEDED = 21;
    static final List<String> LUCENE_FLAGS = List.of("--add-modules=jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED");

    private Launcher() {
    }

    public static void main(String... args) {
        ensureJava(args);
        Quarkus.run(args);
    }

    /** Returns on Java 21+; otherwise runs the service on a JDK 21+ found on the machine, or exits with status 1. */
    static void ensureJava(String[] args) {
        int feature = Runtime.version().feature();
        if (feature >= NEEDED) {
            return;
        }
        String found = "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")";
        Optional<Path> newer = Boolean.parseBoolean(System.getProperty("citeqa.launch.relaunch", "true"))
                ? newestJdk() : Optional.empty();
        if (newer.isEmpty()) {
            System.err.println("CiteQA needs Java " + NEEDED + " or newer, and found " + found
                    + ": install a JDK " + NEEDED + "+ and set JAVA_HOME to it or put its bin first on the PATH.");
            System.exit(1);
        }
        System.err.println("CiteQA needs Java " + NEEDED + " or newer, and found " + found + "; starting it on "
                + newer.get() + ".");
        try {
            Process child = new ProcessBuilder(command(newer.get(), args)).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            System.exit(child.waitFor());
        } catch (IOException e) {
            System.err.println("CiteQA could not start " + newer.get() + ": " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        }
    }

    /** The same launch (JVM options, -jar or class path and main class, arguments) on another JDK. */
    static List<String> command(Path jdk, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(jdk.resolve("bin").resolve("java").toString());
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String flag : LUCENE_FLAGS) {
            if (jvmOptions.stream().noneMatch(o -> o.startsWith(flag.substring(0, flag.indexOf('='))))) {
                command.add(flag);
            }
        }
        command.addAll(jvmOptions);
        String launched = System.getProperty("sun.java.command", "").split(" ")[0];
        if (launched.endsWith(".jar")) {
            command.add("-jar");
            command.add(launched);
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(launched.isEmpty() ? Launcher.class.getName() : launched);
        }
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** The newest JDK 21+ in JAVA_HOME or the usual install folders, by the version its release file states. */
    static Optional<Path> newestJdk() {
        List<Path> candidates = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        String home = System.getProperty("user.home", "");
        String search = System.getProperty("citeqa.launch.search", String.join(java.io.File.pathSeparator,
                "/usr/lib/jvm", "/usr/java", "/opt/java", "/opt/jdk", "/Library/Java/JavaVirtualMachines",
                home + "/.sdkman/candidates/java", home + "/.jdks"));
        for (String dir : search.split(java.io.File.pathSeparator)) {
            try (Stream<Path> entries = Files.list(Path.of(dir))) {
                entries.forEach(p -> {
                    candidates.add(p);
                    candidates.add(p.resolve("Contents").resolve("Home"));
                });
            } catch (IOException | RuntimeException e) {
                // a folder that is not there is simply not searched
            }
        }
        return candidates.stream().filter(p -> Files.isExecutable(p.resolve("bin").resolve("java")))
                .filter(p -> feature(p) >= NEEDED).max(Comparator.comparingInt(Launcher::feature));
    }

    /** The feature release a JDK folder's release file names (JAVA_VERSION="25.0.1" gives 25), or 0. */
    static int feature(Path jdk) {
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(jdk.resolve("release"))) {
            release.load(in);
            String version = release.getProperty("JAVA_VERSION", "").replace("\"", "");
            String first = version.startsWith("1.") ? version.substring(2) : version;
            return Integer.parseInt(first.split("[.+-]")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
