package app.criba.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key (an e-mail address or a client address) in memory, and blocks a
 * key for a while once it reaches the maximum number of failures within the window.
 */
final class FailureCounter {

    /** Above this many keys, each new failure first drops the keys that have no recent failure. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration blockDuration;
    private final Map<String, Failures> failuresByKey = new ConcurrentHashMap<>();

    FailureCounter(int maxFailures, Duration window, Duration blockDuration) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.blockDuration = blockDuration;
    }

    /**
     * Records one failure.
     *
     * @return true when this failure blocks the key
     */
    boolean recordFailure(String key, Instant now) {
        if (failuresByKey.size() > PRUNE_ABOVE) {
            prune(now);
        }
        Failures failures = failuresByKey.computeIfAbsent(key, ignored -> new Failures());
        synchronized (failures) {
            if (failures.isBlocked(now)) {
                return false;
            }
            failures.forgetBefore(now.minus(window));
            failures.times.addLast(now);
            if (failures.times.size() < maxFailures) {
                return false;
            }
            failures.times.clear();
            failures.blockedUntil = now.plus(blockDuration);
            return true;
        }
    }

    /** Returns how long the key stays blocked, or zero when it is not blocked. */
    Duration remainingBlock(String key, Instant now) {
        Failures failures = failuresByKey.get(key);
        if (failures == null) {
            return Duration.ZERO;
        }
        synchronized (failures) {
            return failures.isBlocked(now) ? Duration.between(now, failures.blockedUntil) : Duration.ZERO;
        }
    }

    void reset(String key) {
        failuresByKey.remove(key);
    }

    void clear() {
        failuresByKey.clear();
    }

    int maxFailures() {
        return maxFailures;
    }

    Duration blockDuration() {
        return blockDuration;
    }

    private void prune(Instant now) {
        Instant oldestCounted = now.minus(window);
        for (Iterator<Failures> iterator = failuresByKey.values().iterator(); iterator.hasNext();) {
            Failures failures = iterator.next();
            synchronized (failures) {
                failures.forgetBefore(oldestCounted);
                if (failures.times.isEmpty() && !failures.isBlocked(now)) {
                    iterator.remove();
                }
            }
        }
    }

    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant blockedUntil = Instant.MIN;

        boolean isBlocked(Instant now) {
            return now.isBefore(blockedUntil);
        }

        void forgetBefore(Instant oldestCounted) {
            while (!times.isEmpty() && times.peekFirst().isBefore(oldestCounted)) {
                times.removeFirst();
            }
        }
    }
}
