package app.criba.sample;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import app.criba.client.ContractType;
import app.criba.scoring.Grade;

/**
 * One invented client of the sample portfolio: who it is, how big, how it behaves, and the grade
 * that scoring model v1 is expected to give it as of the day the portfolio is loaded.
 *
 * @param revenuePerMonth what its regular invoices add up to per month, before projects and incidents
 * @param hoursPerMonth technician hours spent on it per month
 * @param monthsAsClient how long ago it became a client; under 24 means a shorter history
 * @param language the language of its letters and of the notes the MSP keeps on it (es or en)
 */
record SampleClient(Grade expectedGrade, String name, Archetype archetype, ContractType contract, int seats,
        BigDecimal revenuePerMonth, double hoursPerMonth, int monthsAsClient, String contactName, String language,
        String notes, Set<Incident> incidents) {

    SampleClient {
        incidents = incidents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(incidents));
    }

    SampleClient with(Incident... more) {
        Set<Incident> all = EnumSet.noneOf(Incident.class);
        all.addAll(incidents);
        all.addAll(Set.of(more));
        return new SampleClient(expectedGrade, name, archetype, contract, seats, revenuePerMonth, hoursPerMonth,
                monthsAsClient, contactName, language, notes, all);
    }

    boolean has(Incident incident) {
        return incidents.contains(incident);
    }

    boolean speaksSpanish() {
        return language.equals("es");
    }
}
