package app.criba.sample;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import app.criba.client.Client;
import app.criba.client.ClientDetails;
import app.criba.client.ClientStatus;
import app.criba.client.ContractType;

/**
 * One sample client being written: the saved client and the span of its history, which runs
 * from {@code start} (its client-since date, or 24 months before today, whichever is later) to
 * {@code today}. The writers of invoices, activity, advice and incidents all draw from its random
 * generator, so the order in which they run is part of what makes the data repeatable.
 */
record SampleHistory(SampleClient sample, int number, Client client, LocalDate start, LocalDate today, Random random,
        SampleRecords records, InvoiceNumbers invoiceNumbers) {

    static final int HISTORY_MONTHS = 24;

    /** Saves the client numbered {@code number} (from 1) and returns its history, empty so far. */
    static SampleHistory begin(SampleClient sample, int number, LocalDate today, long seed, SampleRecords records) {
        Random random = new Random(seed + number);
        LocalDate clientSince = sample.monthsAsClient() == 0 ? today.minusDays(3 + random.nextInt(18))
                : today.minusMonths(sample.monthsAsClient()).minusDays(random.nextInt(21));
        LocalDate historyStart = today.minusMonths(HISTORY_MONTHS).plusDays(1);
        LocalDate start = clientSince.isAfter(historyStart) ? clientSince : historyStart;

        Client client = new Client(sample.name(), sample.contract());
        client.update(new ClientDetails(sample.name(), String.format(Locale.ROOT, "CLI-%04d", number),
                sample.contract(), sample.seats(), clientSince, sample.contactName(), email(sample),
                sample.language(), sample.contract() == ContractType.MANAGED ? 60 : Client.DEFAULT_NOTICE_PERIOD_DAYS,
                ClientStatus.ACTIVE, sample.notes(), records.staffMember(number)));
        return new SampleHistory(sample, number, records.save(client), start, today, random, records,
                new InvoiceNumbers(number));
    }

    Long clientId() {
        return client.getId();
    }

    /** Returns the user who logs this client's records, or null when no user exists. */
    Long staff() {
        return records.staffMember(number);
    }

    /** Returns every month that the history touches, oldest first. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(today)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Returns the first day of {@code month} that lies in the history. */
    LocalDate firstDay(YearMonth month) {
        LocalDate first = month.atDay(1);
        return first.isBefore(start) ? start : first;
    }

    /** Returns the last day of {@code month} that lies in the history. */
    LocalDate lastDay(YearMonth month) {
        LocalDate last = month.atEndOfMonth();
        return last.isAfter(today) ? today : last;
    }

    /** Returns the share (0–1] of {@code month} that lies in the history. */
    double shareOf(YearMonth month) {
        long days = lastDay(month).toEpochDay() - firstDay(month).toEpochDay() + 1;
        return days / (double) month.lengthOfMonth();
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(today);
    }

    private static String email(SampleClient sample) {
        String plain = Normalizer.normalize(sample.contactName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String local = plain.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z]+", ".");
        return local + (sample.speaksSpanish() ? "@example.es" : "@example.com");
    }
}
