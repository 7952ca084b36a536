package org.citeqa.solr;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud for the tests: the harness of {@code solr-harness/} (MiniSolrCloudCluster: an embedded
 * ZooKeeper and Jetty nodes on 127.0.0.1) in a JVM of its own, started once per test JVM and shared by every test
 * that needs it. Its stdin is a pipe from this JVM: when this JVM exits, however it dies, the pipe closes and the
 * cluster shuts itself down and deletes its folder. Commands (stop or start a node, stop everything) go to its
 * control port, so a test in any class loader can send them.
 */
public final class SolrCluster {

    /** Where the running cluster is described, for every class loader of this JVM: zk|node,node|control port. */
    private static final String PROPERTY = "citeqa-test.solrcloud";
    private static final int NODES = 2;
    private static final long START_TIMEOUT_SECONDS = 180;

    public record Info(String zkHost, List<String> nodeUrls, int controlPort) {}

    private SolrCluster() {
    }

    /** The JVM's cluster, started on first use. */
    public static synchronized Info shared() {
        String described = System.getProperty(PROPERTY);
        if (described != null) {
            String[] parts = described.split("\\|");
            return new Info(parts[0], Arrays.asList(parts[1].split(",")), Integer.parseInt(parts[2]));
        }
        Info info = start();
        System.setProperty(PROPERTY, info.zkHost() + "|" + String.join(",", info.nodeUrls()) + "|" + info.controlPort());
        return info;
    }

    /** Sends one harness command ({@code stop 1}, {@code start 1}, {@code stop-all}, {@code start-all}, {@code nodes}). */
    public static String command(String command) {
        Info info = shared();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), info.controlPort());
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(120));
            out.println(command);
            String reply = in.readLine();
            if (reply == null || !reply.startsWith("ok")) {
                throw new IllegalStateException("the Solr harness refused '" + command + "': " + reply);
            }
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException("the Solr harness does not answer on port " + info.controlPort(), e);
        }
    }

    private static Info start() {
        Path harness = Path.of("solr-harness").toAbsolutePath();
        Path classes = harness.resolve("target/classes");
        Path lib = harness.resolve("target/lib");
        if (!Files.isDirectory(classes) || !Files.isDirectory(lib)) {
            throw new IllegalStateException("the Solr harness is not built under " + harness
                    + "; ./mvnw test builds it (or: ./mvnw -f solr-harness/pom.xml package)");
        }
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "solr-harness.log").toAbsolutePath();
        long started = System.nanoTime();
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(javaBinary, "-Xmx768m", "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED", "-cp", classes + File.pathSeparator + lib + "/*",
                    "org.citeqa.solrharness.Harness", "--nodes", Integer.toString(NODES))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            // Holds the process (and so its stdin pipe) for the JVM's life, and stops it at exit.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "solr-harness-stop"));
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String zk = null;
            List<String> nodes = new ArrayList<>();
            int control = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("zk=")) {
                    zk = line.substring(3);
                } else if (line.startsWith("node=")) {
                    nodes.add(line.substring(5));
                } else if (line.startsWith("control=")) {
                    control = Integer.parseInt(line.substring(8));
                } else if (line.startsWith("ready")) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            if (zk == null || nodes.size() != NODES || control < 0) {
                process.destroyForcibly();
                throw new IllegalStateException("the Solr harness did not start; see " + log);
            }
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "solr-harness-stdout");
            drain.setDaemon(true);
            drain.start();
            System.out.printf("SolrCloud test cluster: %d nodes %s, ZooKeeper %s, ready in %d ms (log: %s)%n", NODES,
                    nodes, zk, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), log);
            return new Info(zk, List.copyOf(nodes), control);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Solr harness", e);
        }
    }

    private static void stop(Process process) {
        try {
            process.getOutputStream().close(); // the harness shuts down when its stdin ends
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
