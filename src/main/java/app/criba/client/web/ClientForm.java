package app.criba.client.web;

import java.time.LocalDate;

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

    ClientDetails toDetails() {
        return new ClientDetails(name, externalRef, contractType, seats, clientSince, contactName, contactEmail,
                letterLanguage, noticePeriodDays, status, notes, accountManagerId);
    }
}
