package app.criba.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import app.criba.activity.Interaction;
import app.criba.activity.InteractionKind;
import app.criba.activity.TimeEntry;
import app.criba.client.ContractType;

/**
 * Writes a client's interactions and technician time, month by month, following its support
 * habit and sentiment. Every late-evening emergency call also leaves an after-hours time entry.
 * Activity stops the day before the load, so that no call is logged later in the day than the
 * moment the sample is loaded.
 */
final class ActivityWriter {

    static final List<String> TECHNICIANS = List.of("Laura Méndez", "Diego Ortiz", "Sam Whitfield", "Nuria Castells");

    private final SampleHistory history;
    private final Random random;
    private final Occurrences tickets;
    private final Occurrences calls;
    private final Occurrences emails;
    private final Occurrences emergencies;
    private final Occurrences afterHoursCalls;
    private final Occurrences selfInflicted;
    private final Occurrences meetings;
    private final Occurrences praise;
    private final Occurrences referrals;
    private final Occurrences complaints;
    private LocalDate firstDay;
    private LocalDate lastDay;

    private ActivityWriter(SampleHistory history) {
        this.history = history;
        this.random = history.random();
        SupportHabit support = history.sample().archetype().support();
        Sentiment sentiment = history.sample().archetype().sentiment();
        double size = SupportHabit.sizeFactor(history.sample().seats());
        tickets = new Occurrences(support.ticketsPerMonth() * size, random);
        calls = new Occurrences(support.callsPerMonth() * size, random);
        emails = new Occurrences(support.emailsPerMonth() * size, random);
        emergencies = new Occurrences(support.emergencyCallsPerMonth(), random);
        afterHoursCalls = Occurrences.perYear(support.afterHoursCallsPerYear(), random);
        selfInflicted = Occurrences.perYear(support.selfInflictedPerYear(), random);
        meetings = Occurrences.perYear(support.meetingsPerYear(), random);
        praise = Occurrences.perYear(sentiment.praisePerYear(), random);
        referrals = Occurrences.perYear(sentiment.referralsPerYear(), random);
        complaints = Occurrences.perYear(sentiment.complaintsPerYear(), random);
    }

    static void write(SampleHistory history) {
        ActivityWriter writer = new ActivityWriter(history);
        for (YearMonth month : history.months()) {
            writer.writeMonth(month);
        }
    }

    private void writeMonth(YearMonth month) {
        LocalDate yesterday = history.today().minusDays(1);
        firstDay = history.firstDay(month);
        lastDay = history.lastDay(month).isAfter(yesterday) ? yesterday : history.lastDay(month);
        if (lastDay.isBefore(firstDay)) {
            return;
        }
        double share = history.shareOf(month);
        logDuringBusinessHours(InteractionKind.TICKET, tickets.next(share));
        logDuringBusinessHours(InteractionKind.PHONE_CALL, calls.next(share));
        logDuringBusinessHours(InteractionKind.EMAIL, emails.next(share));
        logDuringBusinessHours(InteractionKind.SELF_INFLICTED_INCIDENT, selfInflicted.next(share));
        logDuringBusinessHours(InteractionKind.MEETING, meetings.next(share));
        logDuringBusinessHours(InteractionKind.PRAISE, praise.next(share));
        logDuringBusinessHours(InteractionKind.REFERRAL, referrals.next(share));
        logDuringBusinessHours(InteractionKind.COMPLAINT, complaints.next(share));
        for (int i = afterHoursCalls.next(share); i > 0; i--) {
            LocalDate day = SampleCalendar.dayBetween(random, firstDay, lastDay);
            log(SampleCalendar.afterHours(random, day), InteractionKind.PHONE_CALL, true);
        }
        List<LocalDate> nightsWorked = logEmergencies(emergencies.next(share));
        writeTimeEntries(share, nightsWorked);
    }

    /** Logs the month's emergency calls and returns the days of those that came in late in the evening. */
    private List<LocalDate> logEmergencies(int count) {
        int lateShare = history.sample().archetype().support().emergencyAfterHoursPercent();
        List<LocalDate> nights = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = SampleCalendar.dayBetween(random, firstDay, lastDay);
            boolean late = random.nextInt(100) < lateShare;
            log(late ? SampleCalendar.lateEvening(random, day) : SampleCalendar.businessHours(random, day),
                    InteractionKind.EMERGENCY_CALL, late);
            if (late) {
                nights.add(day);
            }
        }
        return nights;
    }

    private void logDuringBusinessHours(InteractionKind kind, int count) {
        for (int i = 0; i < count; i++) {
            LocalDate day = SampleCalendar.workdayBetween(random, firstDay, lastDay);
            log(SampleCalendar.businessHours(random, day), kind, false);
        }
    }

    private void log(LocalDateTime at, InteractionKind kind, boolean afterHours) {
        history.records().save(new Interaction(history.clientId(), at, kind, afterHours,
                SampleTexts.interaction(history.sample(), kind, random), history.staff()));
    }

    /**
     * Spends the month's technician hours (the client's rate, ±15 %): first the after-hours work
     * on the nights of emergency calls, then entries of 30 minutes to 3 hours on weekdays.
     */
    private void writeTimeEntries(double share, List<LocalDate> nightsWorked) {
        ContractType contract = history.sample().contract();
        long minutesLeft = Math.round(history.sample().hoursPerMonth() * 60 * share * (0.85 + 0.3 * random.nextDouble()));
        for (LocalDate night : nightsWorked) {
            int minutes = 60 + 15 * random.nextInt(9);
            saveEntry(night, minutes, contract != ContractType.MANAGED, true, SampleTexts.afterHoursWork(history.sample()));
            minutesLeft -= minutes;
        }
        while (minutesLeft >= 15) {
            int minutes = (int) Math.min(30 + 15 * random.nextInt(11), minutesLeft / 15 * 15);
            LocalDate day = SampleCalendar.workdayBetween(random, firstDay, lastDay);
            boolean billable = contract == ContractType.BREAK_FIX || contract == ContractType.HYBRID && random.nextBoolean();
            saveEntry(day, minutes, billable, false, SampleTexts.work(history.sample(), random));
            minutesLeft -= minutes;
        }
    }

    private void saveEntry(LocalDate day, int minutes, boolean billable, boolean afterHours, String note) {
        String technician = TECHNICIANS.get(random.nextInt(TECHNICIANS.size()));
        history.records().save(new TimeEntry(history.clientId(), day, minutes, technician, billable, afterHours, note));
    }
}
