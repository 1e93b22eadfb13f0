package app.criba.importing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.importing.ColumnMapping;
import app.criba.importing.CsvFileException;
import app.criba.importing.CsvTable;
import app.criba.importing.ImportError;
import app.criba.importing.ImportField;
import app.criba.importing.ImportRequest;
import app.criba.importing.ImportResult;
import app.criba.importing.ImportSummary;
import app.criba.importing.InvoiceImporter;

/**
 * POST /api/v1/imports/invoices: a multipart request with the CSV file in the part "file" and,
 * optionally, a JSON mapping (see {@link ApiMapping}) in a part or parameter "mapping". Without
 * a mapping, or for what it leaves out, the guesses from the file are used. Returns 200 with the
 * counts and the mapping used, or 400 with every problem found, in which case nothing is written.
 */
@RestController
class InvoiceImportApiController {

    private static final Logger log = LoggerFactory.getLogger(InvoiceImportApiController.class);

    private final InvoiceImporter importer;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final JsonMapper json;

    InvoiceImportApiController(InvoiceImporter importer, CurrentUser currentUser, MessageSource messages,
            JsonMapper json) {
        this.importer = importer;
        this.currentUser = currentUser;
        this.messages = messages;
        this.json = json;
    }

    /** One problem as the API reports it; line, column and value are null when they do not apply. */
    record ErrorBody(Integer line, String column, String value, String code, String message) {
    }

    /** The mapping an import used, with the field keys of the request's "columns" and the delimiter the file was read with. */
    record MappingBody(Map<String, String> columns, String dateFormat, String delimiter, String contractType,
            String defaultBillingMethod) {
    }

    @PostMapping(path = "/api/v1/imports/invoices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importInvoices(MultipartHttpServletRequest request, Locale locale)
            throws IOException {
        MultipartFile file = request.getFile("file");
        if (file == null || file.isEmpty()) {
            return rejected("invalid_file", List.of(problem("import.api.fileMissing")), locale);
        }
        List<ImportError> mappingProblems = new ArrayList<>();
        String mappingJson = mappingText(request);
        ApiMapping requested = mappingJson == null ? ApiMapping.none()
                : ApiMapping.parse(mappingJson, json, mappingProblems);
        if (!mappingProblems.isEmpty()) {
            return rejected("invalid_mapping", mappingProblems, locale);
        }

        byte[] content = file.getBytes();
        CsvTable table;
        try {
            table = importer.read(content, requested.delimiterOrAuto());
        } catch (CsvFileException unreadable) {
            return rejected("invalid_file", List.of(unreadable.toError()), locale);
        }
        ColumnMapping mapping = requested.over(importer.guess(table, requested.delimiterOrAuto(), null, null));
        mappingProblems.addAll(mapping.problems(table));
        if (!mappingProblems.isEmpty()) {
            return rejected("invalid_mapping", mappingProblems, locale);
        }

        ImportResult result = runImport(file, content, mapping, locale);
        if (!result.isImported()) {
            return rejected("invalid_rows", result.errors(), locale);
        }
        return ResponseEntity.ok(body(result.summary(), mapping, table));
    }

    private ImportResult runImport(MultipartFile file, byte[] content, ColumnMapping mapping, Locale locale) {
        Long userId = currentUser.find().map(AppUser::getId).orElse(null);
        try {
            return importer.importFile(new ImportRequest(fileName(file), content, mapping, userId, locale));
        } catch (DataIntegrityViolationException concurrentChange) {
            log.warn("API import of '{}' by user {} collided with another change", fileName(file), userId,
                    concurrentChange);
            return new ImportResult(null, List.of(problem("import.error.concurrent")));
        }
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

    private ResponseEntity<Map<String, Object>> rejected(String kind, List<ImportError> errors, Locale locale) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(errorBody(kind, errors, messages, locale));
    }

    /** Returns the body of a rejected import: the kind of problem and each problem with its message. */
    static Map<String, Object> errorBody(String kind, List<ImportError> errors, MessageSource messages,
            Locale locale) {
        List<ErrorBody> bodies = errors.stream()
                .map(error -> new ErrorBody(error.line(), error.column(), error.value(), error.code(),
                        messages.getMessage(error.code(), error.argsArray(), error.code(), locale)))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", kind);
        body.put("errors", bodies);
        return body;
    }

    private static Map<String, Object> body(ImportSummary summary, ColumnMapping mapping, CsvTable table) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (ImportField field : ImportField.values()) {
            columns.put(field.key(), mapping.column(field));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileName", summary.fileName());
        body.put("rows", summary.rows());
        body.put("clientsCreated", summary.clientsCreated());
        body.put("invoicesCreated", summary.invoicesCreated());
        body.put("invoicesUpdated", summary.invoicesUpdated());
        body.put("invoicesSkipped", summary.invoicesSkipped());
        body.put("paymentsCreated", summary.paymentsCreated());
        body.put("disputesCreated", summary.disputesCreated());
        body.put("createdClients", summary.createdClientNames());
        body.put("mapping", new MappingBody(columns, mapping.dateFormat(), table.delimiter().name(),
                mapping.contractType().name(), mapping.defaultBillingMethod().name()));
        return body;
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "upload.csv" : name;
    }

    private static ImportError problem(String code) {
        return new ImportError(null, null, null, code, List.of());
    }
}
