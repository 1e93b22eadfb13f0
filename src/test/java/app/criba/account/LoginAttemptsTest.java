package app.criba.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private static final String ADDRESS = "192.0.2.10";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final LoginAttempts attempts = new LoginAttempts(clock, 5, Duration.ofMinutes(15), 20,
            Duration.ofMinutes(10));

    @Test
    void fifthFailureLocksAccount() {
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.recordFailure("ana@example.com", ADDRESS).accountLocked()).isFalse();
        }
        assertThat(attempts.isAccountLocked("ana@example.com")).isFalse();

        assertThat(attempts.recordFailure("ana@example.com", ADDRESS).accountLocked()).isTrue();

        assertThat(attempts.isAccountLocked("ana@example.com")).isTrue();
        assertThat(attempts.isAccountLocked(" ANA@example.com ")).isTrue();
        assertThat(attempts.isAccountLocked("luis@example.com")).isFalse();
        assertThat(attempts.accountLockRemaining("ana@example.com")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void lockEndsAfterFifteenMinutes() {
        failTimes("ana@example.com", 5);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(attempts.isAccountLocked("ana@example.com")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isAccountLocked("ana@example.com")).isFalse();
        assertThat(attempts.recordFailure("ana@example.com", ADDRESS).accountLocked()).isFalse();
    }

    @Test
    void failuresOutsideWindowAreForgotten() {
        failTimes("ana@example.com", 4);
        clock.advance(Duration.ofMinutes(16));

        assertThat(attempts.recordFailure("ana@example.com", ADDRESS).accountLocked()).isFalse();
        assertThat(attempts.isAccountLocked("ana@example.com")).isFalse();
    }

    @Test
    void successResetsAccountCount() {
        failTimes("ana@example.com", 4);
        attempts.recordSuccess("Ana@Example.com");
        failTimes("ana@example.com", 4);

        assertThat(attempts.isAccountLocked("ana@example.com")).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendLock() {
        failTimes("ana@example.com", 5);
        clock.advance(Duration.ofMinutes(10));
        failTimes("ana@example.com", 3);

        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.isAccountLocked("ana@example.com")).isFalse();
    }

    @Test
    void twentiethFailureFromAddressBlocksIt() {
        for (int i = 0; i < 19; i++) {
            assertThat(attempts.recordFailure("user" + i + "@example.com", ADDRESS).addressBlocked()).isFalse();
        }
        assertThat(attempts.addressBlockRemaining(ADDRESS)).isZero();

        assertThat(attempts.recordFailure("user19@example.com", ADDRESS).addressBlocked()).isTrue();

        assertThat(attempts.addressBlockRemaining(ADDRESS)).isEqualTo(Duration.ofMinutes(10));
        assertThat(attempts.addressBlockRemaining("192.0.2.11")).isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(attempts.addressBlockRemaining(ADDRESS)).isZero();
    }

    @Test
    void successDoesNotResetAddressCount() {
        for (int i = 0; i < 19; i++) {
            attempts.recordFailure("user" + i + "@example.com", ADDRESS);
        }
        attempts.recordSuccess("user1@example.com");

        assertThat(attempts.recordFailure("user1@example.com", ADDRESS).addressBlocked()).isTrue();
    }

    @Test
    void veryLongNamesShareOneKey() {
        String prefix = "x".repeat(400);
        for (int i = 0; i < 5; i++) {
            attempts.recordFailure(prefix + i, ADDRESS);
        }

        assertThat(attempts.isAccountLocked(prefix + "other")).isTrue();
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            attempts.recordFailure(email, ADDRESS);
        }
    }

    /** A clock that tests move forward by hand. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
