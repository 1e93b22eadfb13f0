package app.criba.client;

/** Where the client stands: served, being let go, or gone (kept with its history). */
public enum ClientStatus {
    ACTIVE, OFFBOARDING, FORMER
}
