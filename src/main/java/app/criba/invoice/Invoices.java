package app.criba.invoice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Invoices extends JpaRepository<Invoice, Long> {

    Optional<Invoice> findByClientIdAndNumber(Long clientId, String number);

    List<Invoice> findByClientIdOrderByIssueDateDesc(Long clientId);
}
