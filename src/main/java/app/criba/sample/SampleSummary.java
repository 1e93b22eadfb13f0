package app.criba.sample;

/** How many records of each kind loading the sample portfolio created. */
public record SampleSummary(int clients, int invoices, int creditNotes, int payments, int timeEntries,
        int interactions, int disputes, int recommendations, int gutChecks) {
}
