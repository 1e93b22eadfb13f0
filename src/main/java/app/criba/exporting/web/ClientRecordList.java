package app.criba.exporting.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import app.criba.portfolio.ClientHistory;
import app.criba.system.csv.CsvTable;

/** The record lists of the client page that can be exported, each with the name it has in addresses and file names. */
enum ClientRecordList {
    INVOICES("invoices", ClientRecordColumns::invoices),
    PAYMENTS("payments", ClientRecordColumns::payments),
    TIME_ENTRIES("time-entries", ClientRecordColumns::timeEntries),
    INTERACTIONS("interactions", ClientRecordColumns::interactions),
    DISPUTES("disputes", ClientRecordColumns::disputes),
    RECOMMENDATIONS("recommendations", ClientRecordColumns::recommendations),
    GUT_CHECKS("gut-checks", ClientRecordColumns::gutChecks);

    private final String slug;
    private final Function<ClientHistory, CsvTable<?>> table;

    ClientRecordList(String slug, Function<ClientHistory, CsvTable<?>> table) {
        this.slug = slug;
        this.table = table;
    }

    String slug() {
        return slug;
    }

    CsvTable<?> table(ClientHistory history) {
        return table.apply(history);
    }

    static Optional<ClientRecordList> bySlug(String slug) {
        return Arrays.stream(values()).filter(list -> list.slug.equals(slug)).findFirst();
    }
}
