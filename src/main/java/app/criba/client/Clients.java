package app.criba.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Clients extends JpaRepository<Client, Long> {

    /** Finds the client (other than a former one) whose name matches, ignoring case. */
    @Query("select c from Client c where lower(c.name) = lower(?1) and c.status <> app.criba.client.ClientStatus.FORMER")
    Optional<Client> findCurrentByName(String name);

    Optional<Client> findByExternalRef(String externalRef);
}
