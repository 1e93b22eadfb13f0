package app.criba.dispute.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.criba.system.PlausibleDate;

/** Fields of the form that opens a payment dispute. The invoice is optional. */
record DisputeForm(
        Long invoiceId,
        @NotNull @PlausibleDate LocalDate openedOn,
        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 4000) String reason,
        boolean signedAgreement) {

    static DisputeForm empty(LocalDate today) {
        return new DisputeForm(null, today, null, "", false);
    }
}
