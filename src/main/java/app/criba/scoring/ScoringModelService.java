package app.criba.scoring;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.audit.AuditEntry;
import app.criba.audit.AuditAction;
import app.criba.audit.AuditKind;
import app.criba.audit.AuditLog;
import app.criba.audit.AuditValues;
import app.criba.scoring.engine.ScoringParameters;

/** Saves edited parameters as a new version of the scoring model and rescores the whole portfolio with it. */
@Service
public class ScoringModelService {

    private static final Logger log = LoggerFactory.getLogger(ScoringModelService.class);

    private final ScoringModels models;
    private final ScoringService scoring;
    private final AuditLog audit;

    ScoringModelService(ScoringModels models, ScoringService scoring, AuditLog audit) {
        this.models = models;
        this.scoring = scoring;
        this.audit = audit;
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<ScoringModel> versions() {
        return models.findAll(Sort.by(Sort.Direction.DESC, "version"));
    }

    /**
     * Saves {@code parameters} as the next version and rescores every client with it.
     *
     * @return the new version number
     */
    @Transactional
    public int saveNewVersion(ScoringParameters parameters, Long userId) {
        ScoringModel previous = models.findCurrent();
        int version = previous.getVersion() + 1;
        ScoringModel saved = models.saveAndFlush(new ScoringModel(version, parameters, userId));
        AuditEntry changes = AuditEntry.updated(AuditKind.SCORING_MODEL, (long) version, null,
                auditValues(previous.toParameters()), auditValues(saved.toParameters()));
        audit.record(new AuditEntry(AuditKind.SCORING_MODEL, (long) version, null, AuditAction.CREATED,
                changes.before(), changes.after()));
        int clients = scoring.rescoreAll();
        log.info("Saved scoring model version {} (user id {}) and rescored {} clients", version, userId, clients);
        return version;
    }

    /** Every parameter by its name in {@link ScoringParameters}, so that the entry lists the ones the new version changed. */
    private static AuditValues auditValues(ScoringParameters parameters) {
        AuditValues values = AuditValues.of();
        for (RecordComponent component : ScoringParameters.class.getRecordComponents()) {
            try {
                values.put(component.getName(), component.getAccessor().invoke(parameters));
            } catch (ReflectiveOperationException impossible) {
                // A record's accessors are public and take no arguments.
                throw new IllegalStateException(impossible);
            }
        }
        return values;
    }
}
