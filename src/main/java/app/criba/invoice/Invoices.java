package app.criba.invoice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Invoices extends JpaRepository<Invoice, Long> {

    /** Loads the invoice together with its payments, for use after the transaction has ended. */
    @EntityGraph(attributePaths = "payments")
    Optional<Invoice> findWithPaymentsById(Long id);

    Optional<Invoice> findByClientIdAndNumber(Long clientId, String number);

    List<Invoice> findByClientIdOrderByIssueDateDesc(Long clientId);
}
