package app.criba.support;

import java.math.BigDecimal;
import java.time.LocalDate;

import app.criba.client.Client;
import app.criba.client.ClientDetails;
import app.criba.client.ClientStatus;
import app.criba.client.Clients;
import app.criba.client.ContractType;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.Invoice;
import app.criba.invoice.InvoiceKind;
import app.criba.invoice.Invoices;

/** Stores clients and invoices for tests that need a small portfolio. */
public final class TestRecords {

    private TestRecords() {
    }

    public static Client client(Clients clients, String name, ContractType type, int seats) {
        Client client = new Client(name, type);
        client.update(new ClientDetails(name, null, type, seats, null, null, null, "es", 30, ClientStatus.ACTIVE, null,
                null));
        return clients.save(client);
    }

    /** Twelve monthly invoices ending the month before {@code today}, each paid {@code daysLate} after its due date. */
    public static void monthlyInvoices(Invoices invoices, Client client, String amount, int daysLate, LocalDate today) {
        for (int month = 1; month <= 12; month++) {
            LocalDate issued = today.minusMonths(month).withDayOfMonth(1);
            Invoice invoice = new Invoice(client.getId(), client.getId() + "-" + month, issued, issued.plusDays(14),
                    new BigDecimal(amount), BillingMethod.ELECTRONIC, InvoiceKind.RECURRING);
            LocalDate paidOn = issued.plusDays(14 + daysLate);
            if (!paidOn.isAfter(today)) {
                invoice.recordPayment(paidOn, new BigDecimal(amount));
            }
            invoices.save(invoice);
        }
    }
}
