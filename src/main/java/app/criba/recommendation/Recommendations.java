package app.criba.recommendation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Recommendations extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByClientIdOrderByProposedOnDesc(Long clientId);
}
