package app.criba.invoice.web;

import java.time.Clock;
import java.time.LocalDate;

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
import app.criba.invoice.BillingMethod;
import app.criba.invoice.Invoice;
import app.criba.invoice.InvoiceKind;
import app.criba.invoice.InvoiceService;
import app.criba.system.EditConflicts;
import app.criba.system.FormErrors;

/** Adds an invoice with its payments to a client, and edits one. */
@Controller
@RequestMapping("/clients/{clientId}/invoices")
class InvoiceFormController {

    static final String VIEW = "invoice/invoiceForm";

    private final InvoiceService invoices;
    private final ClientService clients;
    private final Validator validator;
    private final Clock clock;
    private final EditConflicts conflicts;

    InvoiceFormController(InvoiceService invoices, ClientService clients, Validator validator, Clock clock,
            EditConflicts conflicts) {
        this.invoices = invoices;
        this.clients = clients;
        this.validator = validator;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    @ModelAttribute("client")
    Client client(@PathVariable Long clientId, Model model) {
        model.addAttribute("billingMethods", BillingMethod.values());
        model.addAttribute("kinds", InvoiceKind.values());
        return clients.get(clientId);
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        InvoiceForm form = InvoiceForm.empty(LocalDate.now(clock));
        model.addAttribute("form", form);
        return view(form, model);
    }

    @PostMapping("/new")
    String processCreationForm(@PathVariable Long clientId, @Valid @ModelAttribute("form") InvoiceForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        checkForm(form, clientId, null, result);
        if (result.hasErrors()) {
            return view(form, model);
        }
        invoices.create(clientId, form.toDetails());
        redirect.addFlashAttribute("success", "invoice.flash.created");
        redirect.addFlashAttribute("successArgs", new Object[] { form.number().trim() });
        return "redirect:/clients/" + clientId;
    }

    @GetMapping("/{invoiceId}/edit")
    String initUpdateForm(@PathVariable Long clientId, @PathVariable Long invoiceId, Model model) {
        Invoice invoice = invoices.get(clientId, invoiceId);
        InvoiceForm form = InvoiceForm.of(invoice);
        model.addAttribute("invoice", invoice);
        model.addAttribute("form", form);
        return view(form, model);
    }

    @PostMapping("/{invoiceId}/edit")
    String processUpdateForm(@PathVariable Long clientId, @PathVariable Long invoiceId,
            @Valid @ModelAttribute("form") InvoiceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("invoice", invoices.get(clientId, invoiceId));
        checkForm(form, clientId, invoiceId, result);
        if (result.hasErrors()) {
            return view(form, model);
        }
        try {
            invoices.update(clientId, invoiceId, form.version(), form.toDetails());
        } catch (OptimisticLockingFailureException | OptimisticLockException staleVersion) {
            return showConflict(clientId, invoiceId, form, model);
        }
        redirect.addFlashAttribute("success", "invoice.flash.updated");
        redirect.addFlashAttribute("successArgs", new Object[] { form.number().trim() });
        return "redirect:/clients/" + clientId;
    }

    /**
     * Shows the form again, with status 409, when someone saved the invoice after this form was
     * opened: the changed fields side by side, and the typed values with the current version.
     */
    private String showConflict(Long clientId, Long invoiceId, InvoiceForm form, Model model) {
        Invoice current = invoices.get(clientId, invoiceId);
        InvoiceForm retry = form.withVersion(current.getVersion());
        model.addAttribute("invoice", current);
        model.addAttribute("form", retry);
        return form.compareWith(current, conflicts.compare()).show(model, view(retry, model));
    }

    private void checkForm(InvoiceForm form, Long clientId, Long invoiceId, BindingResult result) {
        FormErrors.validateIfUnbound(validator, form, result);
        form.checkConsistency(result, LocalDate.now(clock));
        if (invoices.isNumberTaken(clientId, form.number(), invoiceId)) {
            FormErrors.reject(result, "number", "invoice.error.numberTaken");
        }
    }

    /**
     * Returns the form view with the number of payment rows to draw. The template cannot count them
     * on the form itself, which is missing from the model when a typed value failed to convert.
     */
    private static String view(InvoiceForm form, Model model) {
        model.addAttribute("paymentRows", form.payments().size());
        return VIEW;
    }
}
