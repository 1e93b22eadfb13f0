package app.criba.scoring;

import java.time.Instant;

/**
 * A grade the owner set by hand over the computed one, with the reason, who set it and when.
 * {@code setByName} is the user's current name, or null when no user is recorded.
 */
public record GradeOverride(long id, long clientId, Grade grade, String reason, Long setById, String setByName,
        Instant setAt) {
}
