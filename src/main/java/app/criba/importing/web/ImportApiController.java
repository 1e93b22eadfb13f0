package app.criba.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.importing.FileView;
import app.criba.importing.ImportError;
import app.criba.importing.ImportJobs;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportMapping;
import app.criba.importing.ImportPreset;
import app.criba.importing.ImportRun;
import app.criba.importing.ImportSetup;
import app.criba.importing.ImportUndo;
import app.criba.importing.RunStatus;
import app.criba.importing.SavedMappings;
import app.criba.importing.UploadStore;
import app.criba.importing.file.CsvFileException;
import app.criba.system.NotFoundException;

/**
 * The import API, for a nightly job. POST /api/v1/imports/{kind} takes the CSV file either as the
 * request body (text/csv) or as the part "file" of a multipart request, and a JSON mapping (see
 * {@link ApiMapping}) in the parameter or part "mapping". The parameters "preset" and
 * "savedMapping" start from a built-in preset or a saved mapping, "fileName" names a body upload
 * in the history, and "dryRun=true" only checks. The call waits for the run to finish for a while:
 * 200 with the counts, 400 with every problem (nothing written), or 202 with the run's address,
 * which GET /api/v1/imports/{id} reports on.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApiController {

    private final ImportJobs jobs;
    private final ImportSetup setup;
    private final ImportUndo undo;
    private final SavedMappings savedMappings;
    private final UploadStore uploads;
    private final CurrentUser currentUser;
    private final ImportRunBody bodies;
    private final JsonMapper json;
    private final Duration wait;
    private final DataSize maxFileSize;

    ImportApiController(ImportJobs jobs, ImportSetup setup, ImportUndo undo, SavedMappings savedMappings,
            UploadStore uploads, CurrentUser currentUser, ImportRunBody bodies, JsonMapper json,
            @Value("${criba.import.api-wait:20s}") Duration wait,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.jobs = jobs;
        this.setup = setup;
        this.undo = undo;
        this.savedMappings = savedMappings;
        this.uploads = uploads;
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.json = json;
        this.wait = wait;
        this.maxFileSize = maxFileSize;
    }

    @PostMapping(path = "/{kindPath}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importUpload(@PathVariable String kindPath,
            MultipartHttpServletRequest request, Principal principal, Locale locale) throws IOException {
        ImportKind kind = kind(kindPath);
        MultipartFile file = request.getFile("file");
        if (file == null) {
            return rejected(List.of(problem("import.api.fileMissing")), locale);
        }
        if (file.isEmpty()) {
            return rejected(List.of(problem("import.file.empty")), locale);
        }
        String token;
        try (InputStream content = file.getInputStream()) {
            token = uploads.save(content, fileName(file.getOriginalFilename()), principal.getName());
        }
        return start(kind, token, mappingText(request), request, principal, locale);
    }

    @PostMapping(path = "/{kindPath}", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    ResponseEntity<Map<String, Object>> importBody(@PathVariable String kindPath, HttpServletRequest request,
            @RequestParam(required = false) String mapping, @RequestParam(required = false) String fileName,
            Principal principal, Locale locale) throws IOException {
        ImportKind kind = kind(kindPath);
        if (request.getContentLengthLong() > maxFileSize.toBytes()) {
            return tooLarge(locale);
        }
        String token;
        try (InputStream content = new LimitedInputStream(request.getInputStream(), maxFileSize.toBytes())) {
            token = uploads.save(content, fileName(fileName), principal.getName());
        } catch (LimitedInputStream.LimitExceeded tooLarge) {
            return tooLarge(locale);
        }
        return start(kind, token, mapping, request, principal, locale);
    }

    @GetMapping("/{id:\\d+}")
    ResponseEntity<Map<String, Object>> showRun(@PathVariable long id, Locale locale) {
        ImportRun run = jobs.find(id).orElseThrow(() -> new NotFoundException("Import run", id));
        return ResponseEntity.ok(bodies.of(run, locale));
    }

    @GetMapping
    List<Map<String, Object>> listRuns(@RequestParam(defaultValue = "0") int page, Locale locale) {
        int size = ImportRunController.PAGE_SIZE;
        return jobs.history(size, Math.max(0, page) * size).stream().map(run -> bodies.of(run, locale)).toList();
    }

    @PostMapping("/{id:\\d+}/undo")
    ResponseEntity<Map<String, Object>> undoRun(@PathVariable long id, Locale locale) {
        jobs.find(id).orElseThrow(() -> new NotFoundException("Import run", id));
        List<ImportUndo.Blocker> blockers = undo.undo(id, userId());
        ImportRun run = jobs.find(id).orElseThrow();
        Map<String, Object> body = bodies.of(run, locale);
        if (blockers.isEmpty()) {
            return ResponseEntity.ok(body);
        }
        body.put("error", "undo_blocked");
        body.put("blockers", bodies.blockers(blockers, locale));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    private ResponseEntity<Map<String, Object>> start(ImportKind kind, String token, String mappingJson,
            HttpServletRequest request, Principal principal, Locale locale) {
        UploadStore.Upload upload = uploads.find(token, principal.getName()).orElseThrow();
        List<ImportError> problems = new ArrayList<>();
        Optional<ImportMapping> source = source(kind, request.getParameter("preset"),
                request.getParameter("savedMapping"), problems);
        ApiMapping requested = ApiMapping.parse(mappingJson, source.orElse(ImportMapping.empty(kind)), json,
                problems);
        if (!problems.isEmpty()) {
            uploads.delete(token);
            return rejected(problems, locale);
        }
        ImportMapping mapping;
        try {
            FileView view = setup.describe(upload.file(), requested.requested());
            mapping = requested.over(start -> setup.complete(start, view));
        } catch (CsvFileException unreadable) {
            uploads.delete(token);
            return rejected(List.of(ImportSetup.toError(unreadable)), locale);
        }
        ImportJobs.Starter starter = new ImportJobs.Starter(userId(), locale);
        boolean dryRun = "true".equalsIgnoreCase(request.getParameter("dryRun"));
        long runId = dryRun ? jobs.check(upload, mapping, starter) : jobs.importNow(upload, mapping, starter);
        ImportRun run = jobs.await(runId, wait).orElseThrow();
        Map<String, Object> body = bodies.of(run, locale);
        if (run.status().isRunning()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/imports/" + runId)
                    .body(body);
        }
        if (dryRun || run.status() != RunStatus.IMPORTED) {
            uploads.delete(token);
        }
        return switch (run.status()) {
            case IMPORTED, CHECKED -> ResponseEntity.ok(body);
            case FAILED -> ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(body);
            default -> ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
        };
    }

    private Optional<ImportMapping> source(ImportKind kind, String preset, String savedName,
            List<ImportError> problems) {
        if (preset != null && !preset.isBlank()) {
            Optional<ImportPreset> found = ImportPreset.byKey(preset.strip()).filter(p -> p.kind() == kind);
            if (found.isEmpty()) {
                problems.add(problem("import.api.presetUnknown", preset));
            }
            return found.map(ImportPreset::mapping);
        }
        if (savedName != null && !savedName.isBlank()) {
            Optional<SavedMappings.Saved> found = savedMappings.findByName(kind, savedName);
            if (found.isEmpty()) {
                problems.add(problem("import.api.savedMappingUnknown", savedName));
            }
            return found.map(SavedMappings.Saved::mapping);
        }
        return Optional.empty();
    }

    private static ImportKind kind(String path) {
        return ImportKind.byPath(path).orElseThrow(() -> new NotFoundException("Import kind", path));
    }

    private Long userId() {
        return currentUser.find().map(AppUser::getId).orElse(null);
    }

    private ResponseEntity<Map<String, Object>> rejected(List<ImportError> errors, Locale locale) {
        return ResponseEntity.badRequest().body(bodies.errorBody("invalid_request", errors, locale));
    }

    private ResponseEntity<Map<String, Object>> tooLarge(Locale locale) {
        ImportError error = problem("import.upload.tooLarge", UploadFailureFilter.readable(maxFileSize));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(bodies.errorBody("invalid_file", List.of(error), locale));
    }

    /** Returns the mapping JSON from a plain form field or from a file part, or null when there is none. */
    private static String mappingText(MultipartHttpServletRequest request) throws IOException {
        String parameter = request.getParameter("mapping");
        if (parameter != null && !parameter.isBlank()) {
            return parameter;
        }
        MultipartFile part = request.getFile("mapping");
        if (part != null && !part.isEmpty()) {
            return new String(part.getBytes(), StandardCharsets.UTF_8);
        }
        return null;
    }

    private static String fileName(String name) {
        return name == null || name.isBlank() ? "upload.csv" : name;
    }

    private static ImportError problem(String code, Object... args) {
        return new ImportError(null, null, null, code, List.of(args));
    }
}
