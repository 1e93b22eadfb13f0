package app.criba.scoring.engine;

/** The parts of relationship health, each scored 0–100 from one kind of record. */
public enum RelationshipPart {
    PUNCTUALITY, DISPUTES, PROCESS, ADVISOR, SENTIMENT
}
