package app.criba.account.web;

import jakarta.validation.constraints.NotNull;

import app.criba.account.Role;

/** The new role that the owner picks for a user. */
record RoleForm(@NotNull Role role) {
}
