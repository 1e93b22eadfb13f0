package app.criba.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface Users extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.email) = lower(?1)")
    Optional<AppUser> findByEmail(String email);

    @Query("select u from AppUser u where u.enabled = true order by u.displayName")
    List<AppUser> findAllEnabled();

    @Query("select u from AppUser u order by u.enabled desc, lower(u.displayName), u.id")
    List<AppUser> findAllForAdministration();

    /** Locks the enabled owners' rows, so that two requests cannot each remove one of the last two owners. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = app.criba.account.Role.OWNER and u.enabled = true")
    List<AppUser> lockEnabledOwners();
}
