package app.criba.dispute.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import app.criba.dispute.DisputeStatus;
import app.criba.dispute.PaymentDispute;
import app.criba.system.FormErrors;
import app.criba.system.PlausibleDate;

/** Fields of the form that resolves a payment dispute. */
record ResolveDisputeForm(
        @NotNull DisputeStatus outcome,
        @NotNull @PlausibleDate LocalDate resolvedOn,
        @Size(max = 4000) String resolutionNote) {

    static ResolveDisputeForm empty(LocalDate today) {
        return new ResolveDisputeForm(DisputeStatus.RESOLVED_PAID, today, "");
    }

    /** Rejects OPEN as an outcome and a resolution dated before the dispute was opened. */
    void checkAgainst(PaymentDispute dispute, BindingResult errors) {
        if (outcome == DisputeStatus.OPEN) {
            FormErrors.reject(errors, "outcome", "dispute.error.outcomeOpen");
        }
        if (resolvedOn != null && resolvedOn.isBefore(dispute.getOpenedOn())) {
            FormErrors.reject(errors, "resolvedOn", "dispute.error.resolvedBeforeOpened");
        }
    }
}
