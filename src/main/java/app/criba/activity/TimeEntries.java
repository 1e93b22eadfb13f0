package app.criba.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeEntries extends JpaRepository<TimeEntry, Long> {

    List<TimeEntry> findByClientIdOrderByWorkedOnDesc(Long clientId);
}
