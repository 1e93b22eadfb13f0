package app.criba.dispute.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import app.criba.dispute.DisputeStatus;
import app.criba.dispute.PaymentDispute;
import app.criba.system.EditConflict;
import app.criba.system.FormErrors;
import app.criba.system.PlausibleDate;

/**
 * Fields of the form that resolves a payment dispute. The version is the one the form was opened
 * with, so that a resolution saved by someone else in the meantime is detected.
 */
record ResolveDisputeForm(
        @NotNull DisputeStatus outcome,
        @NotNull @PlausibleDate LocalDate resolvedOn,
        @Size(max = 4000) String resolutionNote,
        Long version) {

    static ResolveDisputeForm empty(PaymentDispute dispute, LocalDate today) {
        return new ResolveDisputeForm(DisputeStatus.RESOLVED_PAID, today, "", dispute.getVersion());
    }

    /** Returns this form with the version of the dispute as stored now, so that saving it applies these values. */
    ResolveDisputeForm withVersion(long currentVersion) {
        return new ResolveDisputeForm(outcome, resolvedOn, resolutionNote, currentVersion);
    }

    /** Adds each field whose typed value differs from the stored dispute; an open dispute has no outcome yet. */
    EditConflict compareWith(PaymentDispute stored, EditConflict conflict) {
        DisputeStatus storedOutcome = stored.getStatus() == DisputeStatus.OPEN ? null : stored.getStatus();
        return conflict.choice("dispute.field.outcome", "enum.DisputeStatus", storedOutcome, outcome)
                .date("dispute.field.resolvedOn", stored.getResolvedOn(), resolvedOn)
                .text("dispute.field.resolutionNote", stored.getResolutionNote(), resolutionNote);
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
