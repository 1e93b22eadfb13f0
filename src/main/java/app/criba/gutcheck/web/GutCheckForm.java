package app.criba.gutcheck.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.criba.scoring.Grade;
import app.criba.system.PlausibleDate;

/** Fields of the caller-ID test form. No grade is preselected, so the rater has to pick one. */
record GutCheckForm(
        @NotNull @PlausibleDate LocalDate ratedOn,
        @NotNull Grade grade,
        @Size(max = 4000) String comment) {

    static GutCheckForm empty(LocalDate today) {
        return new GutCheckForm(today, null, "");
    }
}
