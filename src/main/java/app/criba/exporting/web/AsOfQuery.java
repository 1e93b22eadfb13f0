package app.criba.exporting.web;

import java.time.LocalDate;

/** The as-of date of a client list export; a date that does not bind arrives as null with a field error. */
record AsOfQuery(LocalDate asOf) {
}
