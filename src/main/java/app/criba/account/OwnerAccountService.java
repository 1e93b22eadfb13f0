package app.criba.account;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first owner account, from the setup page or from the start-up settings. */
@Service
public class OwnerAccountService {

    private static final Logger log = LoggerFactory.getLogger(OwnerAccountService.class);

    /**
     * Maximum length of a password in UTF-8 bytes. BCrypt reads only the first 72 bytes, and
     * Spring Security 7's encoder rejects a longer password with an exception.
     */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final SetupState setup;
    private final AccountAudit audit;

    OwnerAccountService(Users users, PasswordEncoder passwordEncoder, SetupState setup, AccountAudit audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.setup = setup;
        this.audit = audit;
    }

    /** Checks whether the password fits the {@value #MAX_PASSWORD_BYTES} bytes that BCrypt reads. */
    public static boolean fitsPasswordHash(String rawPassword) {
        return rawPassword.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    /**
     * Creates the owner when no user exists yet.
     *
     * @return the new owner, or null when an account already exists
     */
    @Transactional
    public AppUser createFirstOwner(String email, String displayName, String rawPassword, String language) {
        if (users.count() > 0) {
            return null;
        }
        AppUser owner = users.save(new AppUser(email, displayName, passwordEncoder.encode(rawPassword), Role.OWNER,
                language));
        setup.markComplete();
        audit.userCreated(owner);
        log.info("Created the owner account {} (user id {})", owner.getEmail(), owner.getId());
        return owner;
    }
}
