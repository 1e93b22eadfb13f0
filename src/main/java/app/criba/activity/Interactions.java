package app.criba.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Interactions extends JpaRepository<Interaction, Long> {

    List<Interaction> findByClientIdOrderByOccurredAtDesc(Long clientId);
}
