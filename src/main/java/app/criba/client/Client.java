package app.criba.client;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.criba.system.PlainText;

/** A client of the MSP. A client is never deleted: one that leaves becomes former and keeps its history. */
@Entity
@Table(name = "client")
public class Client {

    public static final int DEFAULT_NOTICE_PERIOD_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String externalRef;

    @Enumerated(EnumType.STRING)
    private ContractType contractType;

    private int seats;

    private LocalDate clientSince;

    private String contactName;

    private String contactEmail;

    private String letterLanguage;

    private int noticePeriodDays;

    @Enumerated(EnumType.STRING)
    private ClientStatus status;

    private String notes;

    private Long accountManagerId;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Client() {
    }

    public Client(String name, ContractType contractType) {
        this.name = PlainText.strip(name);
        this.contractType = contractType;
        this.letterLanguage = "es";
        this.noticePeriodDays = DEFAULT_NOTICE_PERIOD_DAYS;
        this.status = ClientStatus.ACTIVE;
    }

    /** Replaces every editable field at once, as the client form does. */
    public void update(ClientDetails details) {
        this.name = PlainText.strip(details.name());
        this.externalRef = blankToNull(details.externalRef());
        this.contractType = details.contractType();
        this.seats = details.seats();
        this.clientSince = details.clientSince();
        this.contactName = blankToNull(details.contactName());
        this.contactEmail = blankToNull(details.contactEmail());
        this.letterLanguage = details.letterLanguage();
        this.noticePeriodDays = details.noticePeriodDays();
        this.status = details.status();
        this.notes = blankToNull(details.notes());
        this.accountManagerId = details.accountManagerId();
    }

    public void assignExternalRef(String externalRef) {
        this.externalRef = blankToNull(externalRef);
    }

    private static String blankToNull(String value) {
        String stripped = value == null ? "" : PlainText.strip(value);
        return stripped.isEmpty() ? null : stripped;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public int getSeats() {
        return seats;
    }

    public LocalDate getClientSince() {
        return clientSince;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getLetterLanguage() {
        return letterLanguage;
    }

    public int getNoticePeriodDays() {
        return noticePeriodDays;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public long getVersion() {
        return version;
    }
}
