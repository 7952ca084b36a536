package org.citeqa.solrharness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on 127.0.0.1: an embedded ZooKeeper and {@code --nodes} Jetty nodes, in this JVM. Prints
 * {@code zk=HOST:PORT/solr}, one {@code node=URL} per node, {@code control=PORT} and {@code ready} on stdout.
 *
 * <p>Commands, one a line, on the control port (answered {@code ok ...} or {@code error ...}) or on stdin:
 * {@code nodes}, {@code stop N}, {@code start N} (the same port again), {@code stop-all}, {@code start-all},
 * {@code shutdown} (graceful, then exit) and {@code halt} (exit at once, like a killed process). When stdin
 * ends (the parent test JVM exited, however it died) the cluster shuts down and the process exits, and its
 * folder is deleted unless {@code --keep} was given.
 *
 * <p>Options: {@code --nodes N} (default 2), {@code --dir PATH} (default a new temporary folder),
 * {@code --configset NAME=DIR} (uploaded to ZooKeeper before {@code ready}; repeatable), {@code --keep}.
 */
public final class Harness {

    private final MiniSolrCloudCluster cluster;
    private final List<JettySolrRunner> nodes;
    private final Path dir;
    private final boolean keep;

    private Harness(MiniSolrCloudCluster cluster, Path dir, boolean keep) {
        this.cluster = cluster;
        this.nodes = new ArrayList<>(cluster.getJettySolrRunners()); // stable indexes: stopping removes from the cluster's list
        this.dir = dir;
        this.keep = keep;
    }

    public static void main(String[] args) throws Exception {
        int nodeCount = 2;
        Path dir = null;
        boolean keep = false;
        List<String[]> configsets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodeCount = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--keep" -> keep = true;
                case "--configset" -> configsets.add(args[++i].split("=", 2));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null) {
            dir = Files.createTempDirectory("citeqa-solrcloud-");
        }
        long started = System.nanoTime();
        MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(nodeCount, dir)
                .withTraceIdGenerationDisabled();
        for (String[] configset : configsets) {
            builder.addConfig(configset[0], Path.of(configset[1]));
        }
        Harness harness = new Harness(builder.build(), dir, keep);
        Runtime.getRuntime().addShutdownHook(new Thread(harness::cleanUp, "harness-cleanup"));
        ServerSocket control = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        System.out.println("zk=" + harness.cluster.getZkServer().getZkAddress());
        for (JettySolrRunner node : harness.nodes) {
            System.out.println("node=" + node.getBaseUrl());
        }
        System.out.println("control=" + control.getLocalPort());
        System.out.printf("ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        System.out.flush();

        Thread server = new Thread(() -> harness.serve(control), "harness-control");
        server.setDaemon(true);
        server.start();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = stdin.readLine()) != null) {
            System.out.println(harness.execute(line.strip()));
            System.out.flush();
        }
        // The parent is gone: nobody will ever stop this cluster but us.
        harness.execute("shutdown");
    }

    private void serve(ServerSocket control) {
        while (true) {
            try (Socket socket = control.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
                String command = in.readLine();
                out.println(command == null ? "error empty command" : execute(command.strip()));
            } catch (IOException e) {
                System.err.println("control connection failed: " + e.getMessage());
            }
        }
    }

    /** Runs one command; the answer is one line. */
    synchronized String execute(String command) {
        String[] words = command.split("\\s+");
        try {
            switch (words[0]) {
                case "nodes" -> {
                    return "ok " + String.join(" ", nodes.stream()
                            .map(n -> n.getBaseUrl() + (n.isRunning() ? "" : "(stopped)")).toList());
                }
                case "stop" -> {
                    JettySolrRunner node = node(words);
                    if (node.isRunning()) {
                        cluster.stopJettySolrRunner(node);
                        cluster.waitForJettyToStop(node);
                    }
                    return "ok stopped " + node.getBaseUrl();
                }
                case "start" -> {
                    JettySolrRunner node = node(words);
                    if (!node.isRunning()) {
                        cluster.startJettySolrRunner(node, true);
                        cluster.waitForNode(node, 60);
                    }
                    return "ok started " + node.getBaseUrl();
                }
                case "stop-all" -> {
                    for (int i = 0; i < nodes.size(); i++) {
                        execute("stop " + i);
                    }
                    return "ok stopped all";
                }
                case "start-all" -> {
                    for (int i = 0; i < nodes.size(); i++) {
                        execute("start " + i);
                    }
                    return "ok started all";
                }
                case "shutdown" -> {
                    new Thread(() -> System.exit(0)).start(); // runs the clean-up hook
                    return "ok shutting down";
                }
                case "halt" -> {
                    Runtime.getRuntime().halt(137);
                    return "ok"; // never reached
                }
                default -> {
                    return "error unknown command: " + command;
                }
            }
        } catch (Exception e) {
            return "error " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private JettySolrRunner node(String[] words) {
        if (words.length < 2) {
            throw new IllegalArgumentException("which node? 0.." + (nodes.size() - 1));
        }
        return nodes.get(Integer.parseInt(words[1]));
    }

    private void cleanUp() {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("cluster shutdown failed: " + e.getMessage());
        }
        if (!keep) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not delete " + dir + ": " + e.getMessage());
            }
        }
    }
}
