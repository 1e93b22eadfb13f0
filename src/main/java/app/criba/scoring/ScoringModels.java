package app.criba.scoring;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScoringModels extends JpaRepository<ScoringModel, Integer> {

    @Query("select m from ScoringModel m where m.version = (select max(x.version) from ScoringModel x)")
    ScoringModel findCurrent();
}
