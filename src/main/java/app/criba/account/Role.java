package app.criba.account;

/**
 * The role of a user, which decides what the user may do. Every role reads every page and
 * export. The owner also manages users and the scoring model. The account manager creates and
 * edits records and runs imports. The viewer changes nothing but their own password, language
 * and API tokens.
 */
public enum Role {
    OWNER, ACCOUNT_MANAGER, VIEWER;

    /** Returns the Spring Security authority of this role, such as {@code ROLE_OWNER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
