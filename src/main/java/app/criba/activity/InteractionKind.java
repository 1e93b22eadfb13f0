package app.criba.activity;

/** What happened in a contact with the client; the first four are support contacts. */
public enum InteractionKind {
    TICKET, PHONE_CALL, EMAIL, EMERGENCY_CALL, MEETING, COMPLAINT, PRAISE, REFERRAL, SELF_INFLICTED_INCIDENT;

    public boolean isSupportContact() {
        return this == TICKET || this == PHONE_CALL || this == EMAIL || this == EMERGENCY_CALL;
    }
}
