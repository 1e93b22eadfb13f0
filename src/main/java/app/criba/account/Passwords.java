package app.criba.account;

import java.security.SecureRandom;

/** Generates the initial and reset passwords that the owner hands to a user. */
final class Passwords {

    // No 0/O, 1/l/I: a generated password is often read from the screen and typed elsewhere.
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** Generates a password of four groups of four characters, about 92 random bits. */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
