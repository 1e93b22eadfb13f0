package app.criba.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, creates the owner from CRIBA_OWNER_EMAIL and CRIBA_OWNER_PASSWORD when no user
 * exists yet; otherwise prints the setup code so that a person can create it on the setup page.
 */
@Component
class OwnerFromSettings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OwnerFromSettings.class);
    static final int MIN_PASSWORD_LENGTH = 10;

    private final OwnerAccountService owners;
    private final SetupState setup;
    private final String email;
    private final String password;

    OwnerFromSettings(OwnerAccountService owners, SetupState setup, @Value("${criba.owner.email:}") String email,
            @Value("${criba.owner.password:}") String password) {
        this.owners = owners;
        this.setup = setup;
        this.email = email.trim();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean configured = !email.isEmpty() || !password.isEmpty();
        if (setup.isComplete()) {
            if (configured) {
                log.info("CRIBA_OWNER_EMAIL and CRIBA_OWNER_PASSWORD are ignored because an account already exists");
            }
            return;
        }
        if (configured && isUsable()) {
            owners.createFirstOwner(email, email, password, "es");
            return;
        }
        if (configured) {
            log.error("CRIBA_OWNER_EMAIL must be an e-mail address and CRIBA_OWNER_PASSWORD from {} characters to {} "
                    + "bytes long; no owner was created", MIN_PASSWORD_LENGTH, OwnerAccountService.MAX_PASSWORD_BYTES);
        }
        setup.announce();
    }

    private boolean isUsable() {
        return email.matches("[^@\\s]+@[^@\\s]+") && password.length() >= MIN_PASSWORD_LENGTH
                && OwnerAccountService.fitsPasswordHash(password);
    }
}
