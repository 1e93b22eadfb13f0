package app.criba.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import app.criba.importing.FileView;
import app.criba.importing.ImportJobs;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportMapping;
import app.criba.importing.ImportPreset;
import app.criba.importing.ImportSetup;
import app.criba.importing.SavedMappings;
import app.criba.importing.UploadStore;
import app.criba.system.FormErrors;

/**
 * The first two steps of the import page: upload a file of one kind of records, then map its
 * columns and values. Submitting the mapping starts a check, whose page is {@link ImportRunController}.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);
    private static final String UPLOAD_VIEW = "importing/upload";
    private static final String MAPPING_VIEW = "importing/mapping";

    private final ImportSetup setup;
    private final ImportJobs jobs;
    private final SavedMappings savedMappings;
    private final UploadStore uploads;
    private final CurrentUser currentUser;
    private final MappingPage mappingPage;

    ImportController(ImportSetup setup, ImportJobs jobs, SavedMappings savedMappings, UploadStore uploads,
            CurrentUser currentUser, MappingPage mappingPage) {
        this.setup = setup;
        this.jobs = jobs;
        this.savedMappings = savedMappings;
        this.uploads = uploads;
        this.currentUser = currentUser;
        this.mappingPage = mappingPage;
    }

    /** Redirects the old address of the invoice import, which bookmarks may still hold. */
    @GetMapping("/invoices")
    String redirectInvoiceImport() {
        return "redirect:/imports/new?kind=INVOICES";
    }

    @GetMapping("/new")
    String initUploadForm(@RequestParam(required = false) ImportKind kind, Model model) {
        addUploadChoices(model);
        model.addAttribute("form", UploadForm.of(kind == null ? ImportKind.INVOICES : kind));
        return UPLOAD_VIEW;
    }

    @PostMapping("/new")
    String processUploadForm(@ModelAttribute("form") UploadForm form, BindingResult result, Principal principal,
            Model model, RedirectAttributes redirect) {
        if (form.file() == null || (form.file().isEmpty() && isBlank(form.file().getOriginalFilename()))) {
            FormErrors.reject(result, "file", "import.upload.missing");
        } else if (form.file().isEmpty()) {
            FormErrors.reject(result, "file", "import.file.empty");
        }
        if (form.kind() == null) {
            FormErrors.reject(result, "kind", "import.upload.kindMissing");
        }
        if (result.hasErrors()) {
            addUploadChoices(model);
            return UPLOAD_VIEW;
        }
        String token;
        try (InputStream content = form.file().getInputStream()) {
            token = uploads.save(content, form.file().getOriginalFilename(), principal.getName());
        } catch (IOException failure) {
            log.warn("Could not read the uploaded file {}", form.file().getOriginalFilename(), failure);
            FormErrors.reject(result, "file", "import.upload.unreadable");
            addUploadChoices(model);
            return UPLOAD_VIEW;
        }
        redirect.addAttribute("token", token);
        ImportKind kind = setup.source(form.source()).map(ImportMapping::kind).orElse(form.kind());
        redirect.addAttribute("kind", kind);
        redirect.addAttribute("source", form.source() == null ? "" : form.source());
        return "redirect:/imports/uploads/{token}";
    }

    @GetMapping("/uploads/{token}")
    String initMappingForm(@PathVariable String token, @RequestParam(required = false) ImportKind kind,
            @RequestParam(required = false) String source, @ModelAttribute("file") FileSettings file,
            Principal principal, Model model, RedirectAttributes redirect) {
        Optional<UploadStore.Upload> upload = uploads.find(token, principal.getName());
        if (upload.isEmpty()) {
            return expired(redirect);
        }
        ImportKind chosenKind = kind == null ? ImportKind.INVOICES : kind;
        ImportMapping start = setup.source(chosenKind, source).orElse(ImportMapping.empty(chosenKind))
                .withFile(file.encoding(), file.delimiter(), file.headerLine());
        FileView view = mappingPage.addFile(upload.get(), start, model);
        ImportMapping guess = view == null ? start : setup.complete(start, view);
        if (view != null) {
            mappingPage.addChoices(guess, view, model);
        }
        model.addAttribute("form", view == null ? new MappingForm() : MappingForm.from(guess, view));
        return MAPPING_VIEW;
    }

    @PostMapping("/uploads/{token}")
    String processMappingForm(@PathVariable String token, @RequestParam ImportKind kind,
            @ModelAttribute("form") MappingForm form, BindingResult result, Principal principal, Locale locale,
            Model model, RedirectAttributes redirect) {
        Optional<UploadStore.Upload> upload = uploads.find(token, principal.getName());
        if (upload.isEmpty()) {
            return expired(redirect);
        }
        ImportMapping mapping = form.toMapping(kind);
        FileView view = mappingPage.addFile(upload.get(), mapping, model);
        if (view == null) {
            return MAPPING_VIEW;
        }
        mappingPage.validate(form, mapping, view, result);
        if (result.hasErrors()) {
            mappingPage.addChoices(mapping, view, model);
            return MAPPING_VIEW;
        }
        Long userId = currentUser.find().map(AppUser::getId).orElse(null);
        if (form.getSaveAs() != null && !form.getSaveAs().isBlank()) {
            savedMappings.save(form.getSaveAs().strip(), mapping, userId);
        }
        long runId = jobs.check(upload.get(), mapping, new ImportJobs.Starter(userId, locale));
        return "redirect:/imports/runs/" + runId;
    }

    private void addUploadChoices(Model model) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("presets", List.of(ImportPreset.values()));
        model.addAttribute("savedMappings", Arrays.stream(ImportKind.values())
                .flatMap(kind -> savedMappings.list(kind).stream()).toList());
    }

    /** Whether a file part names no file, as a browser sends it when the user chose none. */
    private static boolean isBlank(String fileName) {
        return fileName == null || fileName.isBlank();
    }

    private static String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "import.upload.expired");
        return "redirect:/imports/new";
    }
}
