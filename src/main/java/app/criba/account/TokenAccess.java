package app.criba.account;

/** The access level of an API token, which never allows more than its user's role. */
public enum TokenAccess {
    READ_ONLY, READ_WRITE
}
