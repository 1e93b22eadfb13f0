package app.criba.account;

import org.springframework.stereotype.Component;

import app.criba.audit.AuditAction;
import app.criba.audit.AuditEntry;
import app.criba.audit.AuditKind;
import app.criba.audit.AuditLog;
import app.criba.audit.AuditValues;

/**
 * Records changes to users and API tokens in the audit trail. Passwords and token secrets are
 * never recorded, not even hashed: a password change shows only that it happened.
 */
@Component
class AccountAudit {

    private final AuditLog audit;

    AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    void userCreated(AppUser user) {
        audit.record(AuditEntry.created(AuditKind.USER, user.getId(), null, values(user)));
    }

    void userUpdated(AuditValues before, AppUser user) {
        audit.record(AuditEntry.updated(AuditKind.USER, user.getId(), null, before, values(user)));
    }

    /** Records that a password was set, by its owner ({@code passwordChanged}) or reset by the owner of Criba. */
    void passwordSet(AppUser user, String event) {
        audit.record(new AuditEntry(AuditKind.USER, user.getId(), null, AuditAction.UPDATED, null,
                AuditValues.of().put(event, true).toMap()));
    }

    void tokenCreated(ApiToken token) {
        audit.record(AuditEntry.created(AuditKind.API_TOKEN, token.getId(), null, values(token)));
    }

    void tokenRevoked(AuditValues before, ApiToken token) {
        audit.record(AuditEntry.updated(AuditKind.API_TOKEN, token.getId(), null, before, values(token)));
    }

    static AuditValues values(AppUser user) {
        return AuditValues.of()
                .put("email", user.getEmail())
                .put("displayName", user.getDisplayName())
                .put("role", user.getRole())
                .put("preferredLanguage", user.getPreferredLanguage())
                .put("enabled", user.isEnabled());
    }

    static AuditValues values(ApiToken token) {
        return AuditValues.of()
                .put("userId", token.getUserId())
                .put("name", token.getName())
                .put("access", token.getAccess())
                .put("revokedAt", token.getRevokedAt());
    }
}
