package app.criba.activity.web;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.criba.activity.InteractionKind;
import app.criba.system.PlausibleDate;

/** Fields of the interaction form. The time is the MSP's local wall-clock time of the contact. */
record InteractionForm(
        @NotNull @PlausibleDate LocalDateTime occurredAt,
        @NotNull InteractionKind kind,
        boolean afterHours,
        @Size(max = 4000) String note) {

    static InteractionForm empty(LocalDateTime now) {
        return new InteractionForm(now.truncatedTo(ChronoUnit.MINUTES), InteractionKind.TICKET, false, "");
    }
}
