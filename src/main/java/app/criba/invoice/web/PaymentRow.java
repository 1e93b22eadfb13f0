package app.criba.invoice.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;

import app.criba.system.PlausibleDate;

/** One payment row of the invoice form; a row with neither date nor amount is ignored. */
record PaymentRow(@PlausibleDate LocalDate paidOn, @Digits(integer = 12, fraction = 2) BigDecimal amount) {

    static PaymentRow blank() {
        return new PaymentRow(null, null);
    }

    boolean isBlank() {
        return paidOn == null && amount == null;
    }
}
