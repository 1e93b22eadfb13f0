package app.criba.scoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.criba.scoring.Grade;
import app.criba.scoring.GradeOverride;

/** Fields of the grade override form: the grade to set and why, both required. */
record GradeOverrideForm(
        @NotNull Grade grade,
        @NotBlank @Size(max = 2000) String reason) {

    static GradeOverrideForm of(GradeOverride current) {
        return current == null ? new GradeOverrideForm(null, "") : new GradeOverrideForm(current.grade(), current.reason());
    }
}
