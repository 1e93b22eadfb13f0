package app.criba.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's change of their own password. */
record PasswordForm(
        @NotBlank String currentPassword,
        @NotBlank @Size(min = 10, max = 200) String newPassword,
        @NotBlank String newPasswordConfirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
