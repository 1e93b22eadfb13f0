package app.criba.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import app.criba.account.Role;

/** The owner's input for a new user. An empty password makes Criba generate one. */
record UserForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @NotBlank @Pattern(regexp = "es|en") String language,
        @Size(max = 200) String password) {

    static UserForm empty(String language) {
        return new UserForm("", "", Role.ACCOUNT_MANAGER, language, "");
    }
}
