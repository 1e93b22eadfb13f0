package app.criba.account;

/** What an API token may do, never more than its user's role allows. */
public enum TokenAccess {
    READ_ONLY, READ_WRITE
}
