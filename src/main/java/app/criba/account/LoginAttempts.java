package app.criba.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins, from the login form and from HTTP Basic on the API, counted per account and per
 * client address. Too many failures for one e-mail address lock it, whether or not an account
 * has that address, so the lock reveals nothing about which accounts exist. Too many from
 * one client address block that address. The counts live in memory: a restart forgets them, and
 * several Criba instances behind one proxy would each count their own share.
 */
@Component
public class LoginAttempts {

    /** Keys longer than a valid e-mail address are cut, so that a long made-up name costs no more memory. */
    private static final int MAX_KEY_LENGTH = 320;

    private final Clock clock;
    private final FailureCounter accounts;
    private final FailureCounter addresses;

    LoginAttempts(Clock clock,
            @Value("${criba.login.max-failures-per-account:5}") int maxFailuresPerAccount,
            @Value("${criba.login.account-lock:15m}") Duration accountLock,
            @Value("${criba.login.max-failures-per-address:20}") int maxFailuresPerAddress,
            @Value("${criba.login.address-window:10m}") Duration addressWindow) {
        this.clock = clock;
        this.accounts = new FailureCounter(maxFailuresPerAccount, accountLock, accountLock);
        this.addresses = new FailureCounter(maxFailuresPerAddress, addressWindow, addressWindow);
    }

    /** Checks whether logins with this e-mail address are locked, whether or not an account has it. */
    public boolean isAccountLocked(String email) {
        return !accountLockRemaining(email).isZero();
    }

    Duration accountLockRemaining(String email) {
        return accounts.remainingBlock(accountKey(email), clock.instant());
    }

    Duration addressBlockRemaining(String address) {
        return addresses.remainingBlock(addressKey(address), clock.instant());
    }

    /** Records a failed login and reports whether it locked the account or blocked the address. */
    FailureOutcome recordFailure(String email, String address) {
        boolean accountLocked = accounts.recordFailure(accountKey(email), clock.instant());
        boolean addressBlocked = addresses.recordFailure(addressKey(address), clock.instant());
        return new FailureOutcome(accountLocked, addressBlocked);
    }

    /** Forgets the account's failures after a successful login; the address keeps its count. */
    void recordSuccess(String email) {
        accounts.reset(accountKey(email));
    }

    /** Returns how long a lock lasts, for the login page's lock message. */
    public Duration accountLock() {
        return accounts.blockDuration();
    }

    int maxFailuresPerAccount() {
        return accounts.maxFailures();
    }

    Duration addressBlock() {
        return addresses.blockDuration();
    }

    int maxFailuresPerAddress() {
        return addresses.maxFailures();
    }

    /** Forgets every failure, for tests that share one application context. */
    void clear() {
        accounts.clear();
        addresses.clear();
    }

    private static String accountKey(String email) {
        String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }

    /** The effect of one failed login: whether it locked the account and whether it blocked the address. */
    record FailureOutcome(boolean accountLocked, boolean addressBlocked) {
    }
}
