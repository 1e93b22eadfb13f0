package app.criba.importing.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.client.ContractType;
import app.criba.importing.ColumnMapping;
import app.criba.importing.CsvFileException;
import app.criba.importing.CsvTable;
import app.criba.importing.DateFormats;
import app.criba.importing.Delimiter;
import app.criba.importing.ImportError;
import app.criba.importing.ImportField;
import app.criba.importing.ImportRequest;
import app.criba.importing.ImportResult;
import app.criba.importing.InvoiceImporter;
import app.criba.invoice.BillingMethod;
import app.criba.system.FormErrors;

/**
 * The invoice import page in three steps: upload a file, map its columns, then see either the
 * problems found in the file or what the import created.
 */
@Controller
@RequestMapping("/imports/invoices")
class InvoiceImportController {

    private static final Logger log = LoggerFactory.getLogger(InvoiceImportController.class);
    private static final String UPLOAD_VIEW = "importing/upload";
    private static final String MAPPING_VIEW = "importing/mapping";
    private static final String RESULT_VIEW = "importing/result";
    private static final int PREVIEW_ROWS = 5;
    static final int ERRORS_SHOWN = 500;
    /** A day above 12, so the example shows which part is the day and which the month. */
    private static final LocalDate EXAMPLE_DATE = LocalDate.of(2024, 1, 31);

    private final InvoiceImporter importer;
    private final UploadStore uploads;
    private final CurrentUser currentUser;

    /** A date format as the page lists it: the pattern and the example date written in it. */
    record DateFormatChoice(String pattern, String example) {
    }

    InvoiceImportController(InvoiceImporter importer, UploadStore uploads, CurrentUser currentUser) {
        this.importer = importer;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @ModelAttribute
    void addChoices(Model model) {
        model.addAttribute("delimiters", Delimiter.values());
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("dateFormats", DateFormats.SUPPORTED.stream()
                .map(pattern -> new DateFormatChoice(pattern, DateFormats.example(pattern, EXAMPLE_DATE)))
                .toList());
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("billingMethods", BillingMethod.values());
    }

    @GetMapping
    String initUploadForm(Model model) {
        model.addAttribute("form", UploadForm.empty());
        return UPLOAD_VIEW;
    }

    @PostMapping
    String processUploadForm(@ModelAttribute("form") UploadForm form, BindingResult result, Principal principal,
            RedirectAttributes redirect) {
        byte[] content = readUpload(form, result);
        if (content == null) {
            return UPLOAD_VIEW;
        }
        String token = uploads.save(content, form.file().getOriginalFilename(), principal.getName());
        redirect.addAttribute("token", token);
        redirect.addAttribute("delimiter", form.delimiterOrAuto());
        return "redirect:/imports/invoices/{token}";
    }

    @GetMapping("/{token}")
    String initMappingForm(@PathVariable String token, @RequestParam(defaultValue = "AUTO") Delimiter delimiter,
            Principal principal, Model model, RedirectAttributes redirect) {
        Optional<UploadStore.Upload> upload = uploads.find(token, principal.getName());
        if (upload.isEmpty()) {
            return expired(redirect);
        }
        CsvTable table = addFile(upload.get(), delimiter, model);
        ColumnMapping guess = table == null ? null
                : importer.guess(table, delimiter, ColumnMapping.DEFAULT_CONTRACT_TYPE,
                        ColumnMapping.DEFAULT_BILLING_METHOD);
        model.addAttribute("form", guess == null ? MappingForm.from(emptyMapping(delimiter)) : MappingForm.from(guess));
        return MAPPING_VIEW;
    }

    @PostMapping("/{token}")
    String processMappingForm(@PathVariable String token, @Valid @ModelAttribute("form") MappingForm form,
            BindingResult result, Principal principal, Locale locale, Model model, RedirectAttributes redirect) {
        Optional<UploadStore.Upload> upload = uploads.find(token, principal.getName());
        if (upload.isEmpty()) {
            return expired(redirect);
        }
        if (addFile(upload.get(), form.delimiter(), model) == null || result.hasErrors()) {
            return MAPPING_VIEW;
        }
        ImportResult outcome = runImport(upload.get(), form, locale);
        if (!outcome.isImported()) {
            addErrors(outcome.errors(), model);
            return MAPPING_VIEW;
        }
        uploads.delete(token);
        redirect.addFlashAttribute("summary", outcome.summary());
        return "redirect:/imports/invoices/done";
    }

    @GetMapping("/done")
    String showResult(Model model) {
        return model.containsAttribute("summary") ? RESULT_VIEW : "redirect:/imports/invoices";
    }

    private byte[] readUpload(UploadForm form, BindingResult result) {
        if (form.file() == null || form.file().isEmpty()) {
            FormErrors.reject(result, "file", "import.upload.missing");
            return null;
        }
        try {
            byte[] content = form.file().getBytes();
            importer.read(content, form.delimiterOrAuto());
            return content;
        } catch (CsvFileException unreadable) {
            ImportError error = unreadable.toError();
            FormErrors.reject(result, "file", error.code(), error.argsArray());
            return null;
        } catch (IOException failure) {
            log.warn("Could not read the uploaded file {}", form.file().getOriginalFilename(), failure);
            FormErrors.reject(result, "file", "import.upload.unreadable");
            return null;
        }
    }

    /** Adds the file's name, table and preview to the model; returns null with the problem added when it cannot be read. */
    private CsvTable addFile(UploadStore.Upload upload, Delimiter delimiter, Model model) {
        model.addAttribute("upload", upload);
        try {
            CsvTable table = importer.read(upload.content(), delimiter);
            model.addAttribute("table", table);
            model.addAttribute("preview", table.preview(PREVIEW_ROWS));
            return table;
        } catch (CsvFileException unreadable) {
            model.addAttribute("fileError", unreadable.toError());
            return null;
        }
    }

    private ImportResult runImport(UploadStore.Upload upload, MappingForm form, Locale locale) {
        Long userId = currentUser.find().map(AppUser::getId).orElse(null);
        try {
            return importer.importFile(new ImportRequest(upload.fileName(), upload.content(), form.toMapping(), userId,
                    locale));
        } catch (DataIntegrityViolationException concurrentChange) {
            log.warn("Import of '{}' by user {} collided with another change", upload.fileName(), userId,
                    concurrentChange);
            return new ImportResult(null, List.of(new ImportError(null, null, null, "import.error.concurrent",
                    List.of())));
        }
    }

    private static void addErrors(List<ImportError> errors, Model model) {
        model.addAttribute("errorCount", errors.size());
        model.addAttribute("errors", errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())));
    }

    private static ColumnMapping emptyMapping(Delimiter delimiter) {
        return new ColumnMapping(Map.of(), null, delimiter, null, null);
    }

    private static String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "import.upload.expired");
        return "redirect:/imports/invoices";
    }
}
