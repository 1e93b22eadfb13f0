package app.criba.dispute;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentDisputes extends JpaRepository<PaymentDispute, Long> {

    List<PaymentDispute> findByClientIdOrderByOpenedOnDesc(Long clientId);

    Optional<PaymentDispute> findFirstByInvoiceId(Long invoiceId);
}
