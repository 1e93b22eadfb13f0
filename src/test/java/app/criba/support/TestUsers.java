package app.criba.support;

import org.springframework.security.crypto.password.PasswordEncoder;

import app.criba.account.AppUser;
import app.criba.account.Role;
import app.criba.account.Users;

/** Creates users with known passwords for tests that log in. */
public final class TestUsers {

    public static final String OWNER_EMAIL = "owner@example.com";
    public static final String OWNER_PASSWORD = "correct horse battery";

    private TestUsers() {
    }

    public static AppUser createOwner(Users users, PasswordEncoder encoder) {
        return users.save(new AppUser(OWNER_EMAIL, "Olga Owner", encoder.encode(OWNER_PASSWORD), Role.OWNER, "es"));
    }
}
