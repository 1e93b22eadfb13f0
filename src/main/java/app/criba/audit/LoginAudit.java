package app.criba.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import app.criba.system.PlainText;

/**
 * Records every login through the login page, and every failed login on a page or the API, with
 * the remote address. A successful API call is not recorded: the API authenticates each request
 * on its own, so one entry per call would bury the rest of the trail.
 */
@Component
class LoginAudit {

    private static final int MAX_NAME = 254;

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String name = cleanName(authentication.getName());
        Long userId = audit.actorByEmail(name).map(AuditLog.Actor::id).orElse(null);
        audit.recordLogin(new AuditEntry(AuditKind.USER, userId, null, AuditAction.LOGIN_SUCCEEDED, null,
                AuditValues.of().put("email", name).toMap()), name, remoteAddress(authentication));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String name = cleanName(authentication.getName());
        Long userId = audit.actorByEmail(name).map(AuditLog.Actor::id).orElse(null);
        AuditValues attempt = AuditValues.of()
                .put("email", name)
                .put("error", event.getException().getClass().getSimpleName());
        audit.recordLogin(new AuditEntry(AuditKind.USER, userId, null, AuditAction.LOGIN_FAILED, null, attempt.toMap()),
                name, remoteAddress(authentication));
    }

    private static String remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return AuditLog.currentRemoteAddress();
    }

    /** Keeps a typed user name storable: no control characters, and no longer than an e-mail address can be. */
    private static String cleanName(String name) {
        String clean = PlainText.removeControlCharacters(name == null ? "" : name).strip();
        return clean.length() > MAX_NAME ? clean.substring(0, MAX_NAME) : clean;
    }
}
