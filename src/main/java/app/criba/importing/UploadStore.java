package app.criba.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import app.criba.system.PlainText;

/**
 * Keeps an uploaded file between the steps of an import, in a temporary file named by a random
 * token, so that the session stores no file and a file of any size is streamed to disk. Only the
 * user who uploaded a file can read it back. Files are deleted after the import, or when a later
 * upload finds them older than two hours.
 */
@Component
public class UploadStore {

    private static final Logger log = LoggerFactory.getLogger(UploadStore.class);
    static final Duration KEEP_FOR = Duration.ofHours(2);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Clock clock;

    UploadStore(@Value("${criba.import.upload-dir:}") String directory, Clock clock) {
        this.directory = directory.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "criba-imports")
                : Path.of(directory);
        this.clock = clock;
    }

    /** An uploaded file as stored: its token, the name it had on the user's computer, and where it is. */
    public record Upload(String token, String fileName, Path file) {
    }

    /**
     * Stores the file, reading the stream to its end, and returns its token.
     *
     * @throws IOException when the stream fails; nothing of the file is kept then
     */
    public String save(InputStream content, String fileName, String owner) throws IOException {
        deleteExpired();
        String token = newToken();
        Properties details = new Properties();
        details.setProperty("owner", owner);
        String name = fileName == null ? "" : PlainText.removeControlCharacters(fileName).strip();
        details.setProperty("fileName", name.isEmpty() ? "upload.csv" : name);
        try {
            createDirectory();
            Files.copy(content, dataFile(token));
            try (OutputStream out = Files.newOutputStream(detailsFile(token))) {
                details.store(out, null);
            }
        } catch (IOException failure) {
            delete(token);
            throw failure;
        }
        return token;
    }

    /** Returns the upload when the token names one that this owner stored and that has not expired. */
    public Optional<Upload> find(String token, String owner) {
        if (token == null || !TOKEN.matcher(token).matches() || !Files.exists(detailsFile(token))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(detailsFile(token))) {
            Properties details = new Properties();
            details.load(in);
            if (!owner.equals(details.getProperty("owner")) || isExpired(dataFile(token))) {
                return Optional.empty();
            }
            return Optional.of(new Upload(token, details.getProperty("fileName"), dataFile(token)));
        } catch (IOException unreadable) {
            log.warn("Could not read the upload {}", token, unreadable);
            return Optional.empty();
        }
    }

    public void delete(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(dataFile(token));
            Files.deleteIfExists(detailsFile(token));
        } catch (IOException failure) {
            log.warn("Could not delete the upload {}", token, failure);
        }
    }

    /** Returns the upload of a token without checking its owner, for a background job whose caller checked it. */
    Optional<Upload> findForJob(String token) {
        if (token == null || !TOKEN.matcher(token).matches() || !Files.exists(detailsFile(token))) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(detailsFile(token))) {
            Properties details = new Properties();
            details.load(in);
            return Optional.of(new Upload(token, details.getProperty("fileName"), dataFile(token)));
        } catch (IOException unreadable) {
            log.warn("Could not read the upload {}", token, unreadable);
            return Optional.empty();
        }
    }

    private void deleteExpired() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(this::isExpired).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException failure) {
                    log.warn("Could not delete the expired upload {}", file, failure);
                }
            });
        } catch (IOException failure) {
            log.warn("Could not list the uploads in {}", directory, failure);
        }
    }

    private boolean isExpired(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().plus(KEEP_FOR).isBefore(clock.instant());
        } catch (IOException gone) {
            return true;
        }
    }

    private void createDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private Path dataFile(String token) {
        return directory.resolve(token + ".csv");
    }

    private Path detailsFile(String token) {
        return directory.resolve(token + ".properties");
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
