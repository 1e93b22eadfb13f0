package app.criba.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the setup page asks for to create the owner account. */
record SetupForm(
        @NotBlank @Size(max = 20) String setupCode,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Size(min = 10, max = 200) String password,
        @NotBlank String passwordConfirmation,
        @NotBlank @Pattern(regexp = "es|en") String language) {

    static SetupForm empty(String language) {
        return new SetupForm("", "", "", "", "", language);
    }
}
