package app.criba.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a user's browser sessions, for example after a password change. An expired session's next
 * request is logged out and sent to the login page with a message that the session has ended.
 * The session registry lives in memory, so this reaches the sessions of this Criba process only.
 */
@Component
public class SessionInvalidation {

    private static final Logger log = LoggerFactory.getLogger(SessionInvalidation.class);

    private final SessionRegistry sessions;

    SessionInvalidation(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /**
     * Expires every session of the user with this e-mail address.
     *
     * @return how many sessions were expired
     */
    public int forUser(String email) {
        return expire(email, null);
    }

    /**
     * Expires every session of the user except one, typically the session that changed the password.
     *
     * @return how many sessions were expired
     */
    public int forUserExcept(String email, String keptSessionId) {
        return expire(email, keptSessionId);
    }

    private int expire(String email, String keptSessionId) {
        List<SessionInformation> expired = sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(email))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(keptSessionId))
                .toList();
        expired.forEach(SessionInformation::expireNow);
        log.info("Ended {} sessions of {}", expired.size(), email);
        return expired.size();
    }
}
