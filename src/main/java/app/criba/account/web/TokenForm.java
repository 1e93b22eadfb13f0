package app.criba.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.criba.account.TokenAccess;

/** The name and access of a new API token. */
record TokenForm(@NotBlank @Size(max = 100) String name, @NotNull TokenAccess access) {

    static TokenForm empty() {
        return new TokenForm("", TokenAccess.READ_ONLY);
    }
}
