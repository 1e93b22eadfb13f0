package app.criba.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Users extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.email) = lower(?1)")
    Optional<AppUser> findByEmail(String email);

    @Query("select u from AppUser u where u.enabled = true order by u.displayName")
    List<AppUser> findAllEnabled();
}
