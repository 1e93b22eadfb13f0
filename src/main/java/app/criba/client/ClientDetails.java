package app.criba.client;

import java.time.LocalDate;

/** Every editable field of a client, as validated by the form or an import. */
public record ClientDetails(String name, String externalRef, ContractType contractType, int seats,
        LocalDate clientSince, String contactName, String contactEmail, String letterLanguage, int noticePeriodDays,
        ClientStatus status, String notes, Long accountManagerId) {
}
