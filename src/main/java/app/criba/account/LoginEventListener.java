package app.criba.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's login events, from the login form and from HTTP Basic alike, into
 * {@link LoginAttempts} and logs failures, locks and blocks with the e-mail address and the
 * client address. The password is never logged.
 */
@Component
class LoginEventListener {

    private static final Logger log = LoggerFactory.getLogger(LoginEventListener.class);
    private static final int MAX_LOGGED_NAME_LENGTH = 100;

    private final LoginAttempts attempts;

    LoginEventListener(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    /**
     * Counts a wrong password, an unknown e-mail address and a disabled account. A failure of the
     * user lookup itself (the database is down) is not the user's fault and is not counted.
     */
    @EventListener({ AuthenticationFailureBadCredentialsEvent.class, AuthenticationFailureDisabledEvent.class })
    void countFailure(AbstractAuthenticationFailureEvent event) {
        String email = event.getAuthentication().getName();
        String address = remoteAddress(event.getAuthentication());
        LoginAttempts.FailureOutcome outcome = attempts.recordFailure(email, address);
        log.info("Failed login for {} from {}", printable(email), address);
        if (outcome.accountLocked()) {
            log.warn("Locked logins for {} for {} after {} failed attempts; the last came from {}", printable(email),
                    attempts.accountLock(), attempts.maxFailuresPerAccount(), address);
        }
        if (outcome.addressBlocked()) {
            log.warn("Blocked logins from {} for {} after {} failed attempts; the last was for {}", address,
                    attempts.addressBlock(), attempts.maxFailuresPerAddress(), printable(email));
        }
    }

    @EventListener
    void resetAfterSuccess(AuthenticationSuccessEvent event) {
        attempts.recordSuccess(event.getAuthentication().getName());
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : "an unknown address";
    }

    /** Returns the name as typed, without line breaks or other control characters that could forge log lines. */
    private static String printable(String name) {
        String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > MAX_LOGGED_NAME_LENGTH ? shown.substring(0, MAX_LOGGED_NAME_LENGTH) + "..." : shown;
    }
}
