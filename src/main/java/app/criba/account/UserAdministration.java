package app.criba.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.system.NotFoundException;

/**
 * The owner's management of users, and each user's own password and language. Users are
 * disabled, never deleted. At least one enabled owner always remains.
 */
@Service
public class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    /** Minimum length of a password that a person chooses; generated ones are longer. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final Users users;
    private final PasswordEncoder passwordEncoder;

    UserAdministration(Users users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** A new user and, when the owner left the password empty, the generated one, to show once. */
    public record NewUser(AppUser user, String generatedPassword) {
    }

    @Transactional(readOnly = true)
    public List<AppUser> listAll() {
        return users.findAllForAdministration();
    }

    @Transactional(readOnly = true)
    public boolean isEmailTaken(String email) {
        return users.findByEmail(email.trim()).isPresent();
    }

    /** Creates an enabled user; a null or blank password is replaced by a generated one. */
    @Transactional
    public NewUser create(String email, String displayName, Role role, String language, String password) {
        boolean generate = password == null || password.isBlank();
        String initialPassword = generate ? Passwords.generate() : password;
        AppUser user = users.save(new AppUser(email, displayName, passwordEncoder.encode(initialPassword), role,
                language));
        log.info("Created user {} with role {}", user.getId(), role);
        return new NewUser(user, generate ? initialPassword : null);
    }

    /** Changes a user's role; rejects demoting the last enabled owner. */
    @Transactional
    public AppUser changeRole(Long userId, Role role) {
        AppUser user = keepingAnOwner(userId, role != Role.OWNER);
        user.changeRole(role);
        log.info("Changed the role of user {} to {}", userId, role);
        return user;
    }

    /** Disables a user, who can then no longer log in or use an API token; rejects the last enabled owner. */
    @Transactional
    public AppUser disable(Long userId) {
        AppUser user = keepingAnOwner(userId, true);
        user.disable();
        log.info("Disabled user {}", userId);
        return user;
    }

    @Transactional
    public AppUser enable(Long userId) {
        AppUser user = get(userId);
        user.enable();
        log.info("Enabled user {}", userId);
        return user;
    }

    /** Replaces a user's password with a generated one and returns it, to show once. */
    @Transactional
    public String resetPassword(Long userId) {
        AppUser user = get(userId);
        String password = Passwords.generate();
        user.changePasswordHash(passwordEncoder.encode(password));
        log.info("Reset the password of user {}", userId);
        return password;
    }

    @Transactional(readOnly = true)
    public boolean passwordMatches(AppUser user, String rawPassword) {
        return rawPassword != null && passwordEncoder.matches(rawPassword, get(user.getId()).getPasswordHash());
    }

    @Transactional
    public void changeOwnPassword(AppUser user, String newPassword) {
        get(user.getId()).changePasswordHash(passwordEncoder.encode(newPassword));
        log.info("User {} changed their password", user.getId());
    }

    @Transactional
    public void changeOwnLanguage(AppUser user, String language) {
        get(user.getId()).changePreferredLanguage(language);
    }

    @Transactional(readOnly = true)
    public AppUser get(Long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
    }

    /**
     * Returns the user after checking that the change leaves an enabled owner. The owners' rows
     * stay locked until the transaction ends, so two concurrent changes cannot both pass.
     */
    private AppUser keepingAnOwner(Long userId, boolean removesOwnerRights) {
        List<AppUser> owners = users.lockEnabledOwners();
        AppUser user = get(userId);
        boolean lastOwner = owners.size() == 1 && owners.get(0).getId().equals(userId);
        if (removesOwnerRights && lastOwner) {
            throw new LastOwnerException(userId);
        }
        return user;
    }
}
