package app.criba.portfolio.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.criba.invoice.InvoiceLine;
import app.criba.scoring.GradeOverride;
import app.criba.scoring.ReasonText;
import app.criba.scoring.engine.Scorecard;

/**
 * One client's full scorecard as the JSON API returns it, with every reason and, per invoice, days
 * late and balance. grade is the grade in force, computedGrade the model's, and override the
 * owner's override in force on the as-of date (null when there is none).
 */
record ApiScorecard(long clientId, String name, LocalDate asOf, int modelVersion, int monthsMeasured, String grade,
        String computedGrade, Override override, String baseGrade, BigDecimal composite, boolean lowConfidence, List<ApiReason> confidenceReasons,
        Financial financial, Relationship relationship, Gut gut, List<ApiReason> adjustments, Improvement improvement,
        List<Invoice> invoices) {

    record Override(String grade, String reason, String setBy, Instant setAt) {

        static Override of(GradeOverride override) {
            return override == null ? null
                    : new Override(override.grade().name(), override.reason(), override.setByName(), override.setAt());
        }
    }

    record Financial(BigDecimal score, String revenuePerMonth, String costPerMonth, BigDecimal hoursPerMonth,
            BigDecimal marginPercent, String effectiveHourlyRate, List<ApiReason> reasons) {
    }

    record Relationship(BigDecimal score, BigDecimal meanDaysLate, int openDisputes, List<Part> parts) {
    }

    record Part(String part, BigDecimal score, BigDecimal weight, List<ApiReason> reasons) {
    }

    record Gut(BigDecimal score, ApiReason reason) {
    }

    record Improvement(String target, List<ApiReason> required, List<ApiReason> options) {
    }

    /** daysLate counts from the due date to settlement (or to the as-of date while unpaid), before any grace period. */
    record Invoice(long id, String number, LocalDate issueDate, LocalDate dueDate, String amount, String paid,
            String balance, LocalDate settledOn, long daysLate, String billingMethod, String kind) {

        static Invoice of(InvoiceLine line) {
            return new Invoice(line.id(), line.number(), line.issueDate(), line.dueDate(),
                    ApiPortfolio.money(line.amount()), ApiPortfolio.money(line.paid()),
                    ApiPortfolio.money(line.balance()), line.settledOn(), line.daysLate(), line.billingMethod().name(),
                    line.kind().name());
        }
    }

    static ApiScorecard of(String name, Scorecard card, GradeOverride override, List<InvoiceLine> invoices,
            ReasonText texts) {
        Scorecard.Financial financial = card.financial();
        String grade = override == null ? card.grade().name() : override.grade().name();
        return new ApiScorecard(card.clientId(), name, card.asOf(), card.modelVersion(), card.monthsMeasured(),
                grade, card.grade().name(), Override.of(override), card.baseGrade().name(), card.composite(), card.lowConfidence(),
                ApiReason.of(card.confidenceReasons(), texts),
                new Financial(financial.score(), ApiPortfolio.money(financial.revenuePerMonth()),
                        ApiPortfolio.money(financial.costPerMonth()), financial.hoursPerMonth(),
                        financial.marginPercent(), ApiPortfolio.money(financial.effectiveHourlyRate()),
                        ApiReason.of(financial.reasons(), texts)),
                new Relationship(card.relationship(), card.meanDaysLate(), card.openDisputes(),
                        card.parts().stream()
                                .map(part -> new Part(part.kind().name(), part.score(), part.weight(),
                                        ApiReason.of(part.reasons(), texts)))
                                .toList()),
                new Gut(card.gut(), ApiReason.of(card.gutReason(), texts)),
                ApiReason.of(card.adjustments(), texts),
                new Improvement(card.improvement().target() == null ? null : card.improvement().target().name(),
                        ApiReason.of(card.improvement().required(), texts),
                        ApiReason.of(card.improvement().options(), texts)),
                invoices.stream().map(Invoice::of).toList());
    }
}
