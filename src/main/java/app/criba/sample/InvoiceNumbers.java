package app.criba.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers one client's sample invoices as client-yymm-sequence, such as 0007-2503-02, so that
 * numbers sort by month whatever order the invoices are generated in. Credit notes get an R in front.
 */
final class InvoiceNumbers {

    private final int clientNumber;
    private final Map<YearMonth, Integer> usedPerMonth = new HashMap<>();

    InvoiceNumbers(int clientNumber) {
        this.clientNumber = clientNumber;
    }

    String next(LocalDate issueDate) {
        YearMonth month = YearMonth.from(issueDate);
        int sequence = usedPerMonth.merge(month, 1, Integer::sum);
        return String.format(Locale.ROOT, "%04d-%02d%02d-%02d", clientNumber, month.getYear() % 100,
                month.getMonthValue(), sequence);
    }

    String nextCreditNote(LocalDate issueDate) {
        return "R" + next(issueDate);
    }
}
