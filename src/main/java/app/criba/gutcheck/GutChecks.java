package app.criba.gutcheck;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GutChecks extends JpaRepository<GutCheck, Long> {

    List<GutCheck> findByClientIdOrderByRatedOnDesc(Long clientId);
}
