package app.criba.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A user's preferred language, applied at each login. */
record LanguageForm(@NotBlank @Pattern(regexp = "es|en") String language) {
}
