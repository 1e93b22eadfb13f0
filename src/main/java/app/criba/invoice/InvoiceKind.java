package app.criba.invoice;

public enum InvoiceKind {
    RECURRING, PROJECT, HARDWARE, BREAK_FIX, OTHER
}
