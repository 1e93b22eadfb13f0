package app.criba.importing;

/** The keys and length limits of the fields that imports read, shared by the kinds and their writers. */
final class Fields {

    static final int MAX_NAME = 200;
    static final int MAX_EXTERNAL_REF = 100;
    static final int MAX_NUMBER = 60;
    static final int MAX_TECHNICIAN = 120;
    /** Long enough for any real note, short enough that a runaway quoted value is caught. */
    static final int MAX_NOTE = 10_000;

    static final String CLIENT = "client";
    static final String NAME = "name";
    static final String EXTERNAL_REF = "externalRef";
    static final String CONTACT_NAME = "contactName";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String CONTRACT_TYPE = "contractType";
    static final String SEATS = "seats";
    static final String CLIENT_SINCE = "clientSince";
    static final String NOTES = "notes";
    static final String NUMBER = "number";
    static final String ISSUE_DATE = "issueDate";
    static final String DUE_DATE = "dueDate";
    static final String AMOUNT = "amount";
    static final String SETTLED_DATE = "settledDate";
    static final String DISPUTED = "disputed";
    static final String BILLING_METHOD = "billingMethod";
    static final String INVOICE_KIND = "kind";
    static final String INVOICE_NUMBER = "invoiceNumber";
    static final String PAID_ON = "paidOn";
    static final String EXTERNAL_ID = "externalId";
    static final String WORKED_ON = "workedOn";
    static final String START = "start";
    static final String START_TIME = "startTime";
    static final String END = "end";
    static final String DURATION = "duration";
    static final String TECHNICIAN = "technician";
    static final String BILLABLE = "billable";
    static final String AFTER_HOURS = "afterHours";
    static final String NOTE = "note";
    static final String OCCURRED_AT = "occurredAt";
    static final String TIME = "time";
    static final String INTERACTION_KIND = "interactionKind";
    static final String OPENED_ON = "openedOn";
    static final String REASON = "reason";
    static final String SIGNED_AGREEMENT = "signedAgreement";
    static final String STATUS = "status";
    static final String RESOLVED_ON = "resolvedOn";
    static final String RESOLUTION_NOTE = "resolutionNote";
    static final String PROPOSED_ON = "proposedOn";
    static final String TITLE = "title";
    static final String ESTIMATED_VALUE = "estimatedValue";
    static final String RESPONSE = "response";
    static final String RESPONDED_ON = "respondedOn";

    private Fields() {
    }

    /** The client column of every kind but clients: a reference, e-mail or name that finds the client. */
    static ImportField client() {
        return ImportField.text(CLIENT, true, MAX_NAME, "customerid", "customer", "customername", "customercode",
                "client", "clientid", "clientname", "clientcode", "cliente", "idcliente", "codigocliente",
                "codcliente", "nombrecliente", "razonsocial", "company", "empresa", "contactname", "contact",
                "account", "accountname", "cuenta");
    }
}
