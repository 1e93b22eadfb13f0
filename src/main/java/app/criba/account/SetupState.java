package app.criba.account;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the first owner account exists yet, and the one-time code that the setup page
 * requests. The code is printed in the log at start-up, so only someone who can read the
 * server's log can claim a fresh installation.
 */
@Component
public class SetupState {

    private static final Logger log = LoggerFactory.getLogger(SetupState.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Users users;
    private final AtomicBoolean complete = new AtomicBoolean();
    private final String code;

    SetupState(Users users) {
        this.users = users;
        this.code = generateCode();
    }

    public boolean isComplete() {
        if (!complete.get() && users.count() > 0) {
            complete.set(true);
        }
        return complete.get();
    }

    void markComplete() {
        complete.set(true);
    }

    /** Forgets that setup was completed, so the next check reads the user table again. */
    void resetForTests() {
        complete.set(false);
    }

    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        // The log prints the code as XXXX-XXXX; people may type it with or without the hyphen.
        String normalized = candidate.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        return java.security.MessageDigest.isEqual(normalized.getBytes(), code.getBytes());
    }

    void announce() {
        log.warn("No account exists yet. Open /setup in a browser and enter the one-time setup code {} "
                + "to create the owner account.", code.substring(0, 4) + "-" + code.substring(4));
    }

    /** Returns the code itself, for the tests of the setup page. */
    String code() {
        return code;
    }

    private static String generateCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
