package app.criba.dispute.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.criba.client.Client;
import app.criba.client.ClientService;
import app.criba.dispute.DisputeService;
import app.criba.dispute.DisputeStatus;
import app.criba.dispute.PaymentDispute;
import app.criba.invoice.Invoice;
import app.criba.invoice.InvoiceService;
import app.criba.system.ConflictException;
import app.criba.system.EditConflicts;
import app.criba.system.FormErrors;

/** Logs a payment dispute and, later, resolves it. */
@Controller
@RequestMapping("/clients/{clientId}/disputes")
class DisputeController {

    static final String VIEW = "dispute/disputeForm";
    static final String RESOLVE_VIEW = "dispute/resolveForm";

    /** The outcomes a resolution may have: every status except open. */
    private static final List<DisputeStatus> OUTCOMES = List.of(DisputeStatus.RESOLVED_PAID,
            DisputeStatus.RESOLVED_CREDIT, DisputeStatus.WRITTEN_OFF);

    private final DisputeService disputes;
    private final ClientService clients;
    private final InvoiceService invoices;
    private final Validator validator;
    private final Clock clock;
    private final EditConflicts conflicts;

    DisputeController(DisputeService disputes, ClientService clients, InvoiceService invoices, Validator validator,
            Clock clock, EditConflicts conflicts) {
        this.disputes = disputes;
        this.clients = clients;
        this.invoices = invoices;
        this.validator = validator;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    @ModelAttribute("client")
    Client client(@PathVariable Long clientId) {
        return clients.get(clientId);
    }

    @GetMapping("/new")
    String initCreationForm(@PathVariable Long clientId, Model model) {
        model.addAttribute("form", DisputeForm.empty(LocalDate.now(clock)));
        model.addAttribute("invoices", invoices.forClient(clientId));
        return VIEW;
    }

    @PostMapping("/new")
    String processCreationForm(@PathVariable Long clientId, @Valid @ModelAttribute("form") DisputeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        List<Invoice> clientInvoices = invoices.forClient(clientId);
        FormErrors.validateIfUnbound(validator, form, result);
        if (form.invoiceId() != null && clientInvoices.stream().noneMatch(i -> i.getId().equals(form.invoiceId()))) {
            FormErrors.reject(result, "invoiceId", "dispute.error.invoiceUnknown");
        }
        if (result.hasErrors()) {
            model.addAttribute("invoices", clientInvoices);
            return VIEW;
        }
        disputes.open(clientId, form.invoiceId(), form.openedOn(), form.amount(), form.reason(), form.signedAgreement());
        redirect.addFlashAttribute("success", "dispute.flash.logged");
        return "redirect:/clients/" + clientId;
    }

    @GetMapping("/{disputeId}/resolve")
    String initResolveForm(@PathVariable Long clientId, @PathVariable Long disputeId, Model model) {
        PaymentDispute dispute = openDispute(clientId, disputeId);
        model.addAttribute("dispute", dispute);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("form", ResolveDisputeForm.empty(dispute, LocalDate.now(clock)));
        return RESOLVE_VIEW;
    }

    @PostMapping("/{disputeId}/resolve")
    String processResolveForm(@PathVariable Long clientId, @PathVariable Long disputeId,
            @Valid @ModelAttribute("form") ResolveDisputeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PaymentDispute dispute = disputes.get(clientId, disputeId);
        FormErrors.validateIfUnbound(validator, form, result);
        form.checkAgainst(dispute, result);
        model.addAttribute("outcomes", OUTCOMES);
        if (result.hasErrors()) {
            model.addAttribute("dispute", dispute);
            return RESOLVE_VIEW;
        }
        try {
            disputes.resolve(clientId, disputeId, form.version(), form.outcome(), form.resolvedOn(),
                    form.resolutionNote());
        } catch (OptimisticLockingFailureException | OptimisticLockException staleVersion) {
            // Also when someone resolved the dispute meanwhile: the page shows their resolution beside this one.
            PaymentDispute current = disputes.get(clientId, disputeId);
            model.addAttribute("dispute", current);
            model.addAttribute("form", form.withVersion(current.getVersion()));
            return form.compareWith(current, conflicts.compare()).show(model, RESOLVE_VIEW);
        }
        redirect.addFlashAttribute("success", "dispute.flash.resolved");
        return "redirect:/clients/" + clientId;
    }

    /**
     * Returns the client's dispute while it is open; the form is not offered for a resolved one (a
     * 409 page). Only a person who saw the current resolution on a conflict page may replace it.
     */
    private PaymentDispute openDispute(Long clientId, Long disputeId) {
        PaymentDispute dispute = disputes.get(clientId, disputeId);
        if (dispute.getStatus() != DisputeStatus.OPEN) {
            throw new ConflictException("error.409.disputeResolved", "dispute " + disputeId + " is already resolved");
        }
        return dispute;
    }
}
