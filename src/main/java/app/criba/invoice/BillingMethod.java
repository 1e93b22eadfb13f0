package app.criba.invoice;

public enum BillingMethod {
    ELECTRONIC, PAPER, DIRECT_DEBIT, OTHER
}
