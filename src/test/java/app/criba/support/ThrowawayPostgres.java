package app.criba.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of its own, created with initdb in a temporary folder and started and
 * stopped with pg_ctl, for tests that take the database away while Criba runs. It listens on
 * 127.0.0.1 only, on a free port, and trusts every local connection. PostgreSQL refuses to run
 * as root, so under root (as in CI) every command runs as the user {@code postgres} through runuser.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    public static final String USER = "criba";

    private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");
    private static final String SYSTEM_USER = "postgres";

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final int port;
    private final Thread stopOnExit;

    private ThrowawayPostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
        this.stopOnExit = new Thread(this::stopImmediately, "stop-throwaway-postgres");
    }

    /** Finds the folder of initdb and pg_ctl: the newest Debian version, else the one on the PATH. */
    public static Optional<Path> binaries() {
        if (Files.isDirectory(DEBIAN_VERSIONS)) {
            try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
                Optional<Path> newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                        .max(Comparator.comparing(ThrowawayPostgres::versionNumber));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException unreadable) {
                // Falls through to the PATH.
            }
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(Path::of)
                .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                .findFirst();
    }

    /** Creates and starts a new cluster with the binaries in this folder. */
    public static ThrowawayPostgres start(Path bin) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("criba-postgres-");
        if (isRoot()) {
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SYSTEM_USER);
            Files.setOwner(folder, postgres);
        }
        ThrowawayPostgres cluster = new ThrowawayPostgres(bin, folder, freePort());
        cluster.run(cluster.bin.resolve("initdb").toString(), "-D", cluster.data.toString(), "-U", USER,
                "--auth=trust", "--encoding=UTF8", "--no-sync");
        Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
        cluster.startServer();
        return cluster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the server again after {@link #stopServer()}, waiting until it accepts connections. */
    public void startServer() throws IOException, InterruptedException {
        run(bin.resolve("pg_ctl").toString(), "start", "-w", "-t", "60", "-D", data.toString(),
                "-l", folder.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1");
    }

    /** Stops the server the way an administrator would, ending every open connection. */
    public void stopServer() throws IOException, InterruptedException {
        run(bin.resolve("pg_ctl").toString(), "stop", "-w", "-m", "fast", "-D", data.toString());
    }

    /** Stops the server if it runs and deletes the cluster's folder. */
    @Override
    public void close() throws IOException {
        stopImmediately();
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void stopImmediately() {
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return;
        }
        try {
            run(bin.resolve("pg_ctl").toString(), "stop", "-w", "-m", "immediate", "-D", data.toString());
        } catch (IOException | InterruptedException | IllegalStateException failure) {
            System.err.println("Could not stop the test PostgreSQL in " + data + ": " + failure);
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        line.addAll(List.of(command));
        Path output = Files.createTempFile("criba-pg-command-", ".log");
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", line));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed with exit code " + process.exitValue() + ": "
                        + String.join(" ", line) + "\n" + Files.readString(output) + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() throws IOException {
        Path log = folder.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int versionNumber(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException notNumeric) {
            return 0;
        }
    }
}
