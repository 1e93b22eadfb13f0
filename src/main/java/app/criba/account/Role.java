package app.criba.account;

/** What a user may do in Criba; the account manager and viewer roles get their own rules later. */
public enum Role {
    OWNER, ACCOUNT_MANAGER, VIEWER
}
