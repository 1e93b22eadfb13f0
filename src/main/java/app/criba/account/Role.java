package app.criba.account;

/**
 * What a user may do in Criba. Every role reads every page and export. The owner also manages
 * users and the scoring model; the account manager creates and edits records and runs imports;
 * the viewer changes nothing but their own password, language and API tokens.
 */
public enum Role {
    OWNER, ACCOUNT_MANAGER, VIEWER;

    /** Returns the Spring Security authority of this role, such as {@code ROLE_OWNER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
