package app.criba.importing.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.account.AppUser;
import app.criba.account.CurrentUser;
import app.criba.importing.ImportJobs;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportRun;
import app.criba.importing.ImportUndo;
import app.criba.importing.RunStatus;
import app.criba.importing.SavedMappings;
import app.criba.importing.UploadStore;
import app.criba.system.NotFoundException;

/**
 * The import history, and the page of one run: its progress while it runs, then the preview and
 * every problem of a check, or what an import wrote, with the buttons to import and to undo.
 */
@Controller
@RequestMapping("/imports")
class ImportRunController {

    static final int PAGE_SIZE = 25;
    private static final String RUN_VIEW = "importing/run";

    private final ImportJobs jobs;
    private final ImportUndo undo;
    private final SavedMappings savedMappings;
    private final CurrentUser currentUser;
    private final UploadStore uploads;

    ImportRunController(ImportJobs jobs, ImportUndo undo, SavedMappings savedMappings, CurrentUser currentUser,
            UploadStore uploads) {
        this.jobs = jobs;
        this.undo = undo;
        this.savedMappings = savedMappings;
        this.currentUser = currentUser;
        this.uploads = uploads;
    }

    @GetMapping
    String showHistory(@RequestParam(defaultValue = "0") int page, Model model) {
        int pageIndex = Math.max(0, page);
        model.addAttribute("runs", jobs.history(PAGE_SIZE, pageIndex * PAGE_SIZE));
        model.addAttribute("page", pageIndex);
        model.addAttribute("pageCount", Math.max(1, (jobs.historySize() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("savedMappings", Arrays.stream(ImportKind.values())
                .flatMap(kind -> savedMappings.list(kind).stream()).toList());
        return "importing/history";
    }

    @GetMapping("/runs/{id}")
    String showRun(@PathVariable long id, Principal principal, Model model) {
        ImportRun run = jobs.find(id).orElseThrow(() -> new NotFoundException("Import run", id));
        // A check stays in the history after a later run imported its file, which deletes the upload.
        model.addAttribute("importable", run.status() == RunStatus.CHECKED
                && uploads.find(run.uploadToken(), principal.getName()).isPresent());
        model.addAttribute("run", run);
        model.addAttribute("blockers", run.status() == RunStatus.IMPORTED
                ? undo.blockers(run) : List.of());
        model.addAttribute("latestDate", run.status() == RunStatus.IMPORTED ? jobs.latestRecordDate(id) : null);
        return RUN_VIEW;
    }

    @PostMapping("/runs/{id}/import")
    String importChecked(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
        jobs.find(id).orElseThrow(() -> new NotFoundException("Import run", id));
        if (!jobs.importChecked(id, principal.getName(), starter(locale))) {
            redirect.addFlashAttribute("failure", "import.run.notImportable");
        }
        return "redirect:/imports/runs/" + id;
    }

    @GetMapping("/runs/{id}/undo")
    String confirmUndo(@PathVariable long id, Model model) {
        ImportRun run = jobs.find(id).orElseThrow(() -> new NotFoundException("Import run", id));
        if (run.status() != RunStatus.IMPORTED) {
            return "redirect:/imports/runs/" + id;
        }
        model.addAttribute("run", run);
        model.addAttribute("blockers", undo.blockers(run));
        return "importing/undo";
    }

    @PostMapping("/runs/{id}/undo")
    String undoRun(@PathVariable long id, RedirectAttributes redirect) {
        jobs.find(id).orElseThrow(() -> new NotFoundException("Import run", id));
        List<ImportUndo.Blocker> blockers = undo.undo(id, starter(Locale.ROOT).userId());
        if (blockers.isEmpty()) {
            redirect.addFlashAttribute("success", "import.undo.done");
        } else {
            redirect.addFlashAttribute("failure", "import.undo.blocked");
        }
        return "redirect:/imports/runs/" + id;
    }

    @PostMapping("/mappings/{id}/delete")
    String deleteMapping(@PathVariable long id, RedirectAttributes redirect) {
        if (!savedMappings.delete(id)) {
            throw new NotFoundException("Saved mapping", id);
        }
        redirect.addFlashAttribute("success", "import.mappings.deleted");
        return "redirect:/imports";
    }

    private ImportJobs.Starter starter(Locale locale) {
        return new ImportJobs.Starter(currentUser.find().map(AppUser::getId).orElse(null), locale);
    }
}
