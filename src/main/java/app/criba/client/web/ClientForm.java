package app.criba.client.web;

import java.time.LocalDate;
import java.util.function.LongFunction;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import app.criba.client.Client;
import app.criba.client.ClientDetails;
import app.criba.client.ClientStatus;
import app.criba.client.ContractType;
import app.criba.system.EditConflict;
import app.criba.system.PlausibleDate;

/**
 * Fields of the client form, with sizes that match the columns of the client table. The version
 * is the one the form was opened with, so that a concurrent edit is detected on save.
 */
record ClientForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String externalRef,
        @NotNull ContractType contractType,
        @NotNull @Min(0) Integer seats,
        @PlausibleDate LocalDate clientSince,
        @Size(max = 200) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @NotBlank @Pattern(regexp = "es|en") String letterLanguage,
        @NotNull @Min(0) @Max(365) Integer noticePeriodDays,
        @NotNull ClientStatus status,
        @Size(max = 4000) String notes,
        Long accountManagerId,
        Long version) {

    static ClientForm empty(String letterLanguage) {
        return new ClientForm("", "", ContractType.MANAGED, 0, null, "", "", letterLanguage,
                Client.DEFAULT_NOTICE_PERIOD_DAYS, ClientStatus.ACTIVE, "", null, null);
    }

    static ClientForm of(Client client) {
        return new ClientForm(client.getName(), client.getExternalRef(), client.getContractType(), client.getSeats(),
                client.getClientSince(), client.getContactName(), client.getContactEmail(), client.getLetterLanguage(),
                client.getNoticePeriodDays(), client.getStatus(), client.getNotes(), client.getAccountManagerId(),
                client.getVersion());
    }

    /** Returns this form with the version of the client as stored now, so that saving it applies these values. */
    ClientForm withVersion(long currentVersion) {
        return new ClientForm(name, externalRef, contractType, seats, clientSince, contactName, contactEmail,
                letterLanguage, noticePeriodDays, status, notes, accountManagerId, currentVersion);
    }

    /** Adds each field whose typed value differs from the stored client; {@code userNames} names an account manager. */
    EditConflict compareWith(Client stored, EditConflict conflict, LongFunction<String> userNames) {
        return conflict.text("client.field.name", stored.getName(), name)
                .text("client.field.externalRef", stored.getExternalRef(), externalRef)
                .choice("client.field.contractType", "enum.ContractType", stored.getContractType(), contractType)
                .choice("client.field.status", "enum.ClientStatus", stored.getStatus(), status)
                .number("client.field.seats", stored.getSeats(), seats)
                .date("client.field.clientSince", stored.getClientSince(), clientSince)
                .text("client.field.contactName", stored.getContactName(), contactName)
                .text("client.field.contactEmail", stored.getContactEmail(), contactEmail)
                .formatted("client.field.letterLanguage", conflict.label("language", stored.getLetterLanguage()),
                        conflict.label("language", letterLanguage))
                .number("client.field.noticePeriodDays", stored.getNoticePeriodDays(), noticePeriodDays)
                .formatted("client.field.accountManager", userName(stored.getAccountManagerId(), userNames),
                        userName(accountManagerId, userNames))
                .text("client.field.notes", stored.getNotes(), notes);
    }

    private static String userName(Long userId, LongFunction<String> userNames) {
        return userId == null ? "" : userNames.apply(userId);
    }

    ClientDetails toDetails() {
        return new ClientDetails(name, externalRef, contractType, seats, clientSince, contactName, contactEmail,
                letterLanguage, noticePeriodDays, status, notes, accountManagerId);
    }
}
