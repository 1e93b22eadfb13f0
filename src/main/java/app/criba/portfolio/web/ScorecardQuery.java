package app.criba.portfolio.web;

import java.time.LocalDate;

/**
 * The client page's query parameters. Values that do not bind (an as-of date of 31/02/2024, a
 * "show all" of "maybe") arrive as null, so a hand-edited address still shows the client.
 */
record ScorecardQuery(LocalDate asOf, Boolean all) {

    boolean showAll() {
        return Boolean.TRUE.equals(all);
    }
}
