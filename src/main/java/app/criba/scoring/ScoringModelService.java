package app.criba.scoring;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.scoring.engine.ScoringParameters;

/** Saves edited parameters as a new version of the scoring model and rescores the whole portfolio with it. */
@Service
public class ScoringModelService {

    private static final Logger log = LoggerFactory.getLogger(ScoringModelService.class);

    private final ScoringModels models;
    private final ScoringService scoring;

    ScoringModelService(ScoringModels models, ScoringService scoring) {
        this.models = models;
        this.scoring = scoring;
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
        int version = models.findCurrent().getVersion() + 1;
        models.saveAndFlush(new ScoringModel(version, parameters, userId));
        int clients = scoring.rescoreAll();
        log.info("Saved scoring model version {} (user id {}) and rescored {} clients", version, userId, clients);
        return version;
    }
}
