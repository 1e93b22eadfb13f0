package app.criba.portfolio.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import app.criba.portfolio.GradeSummary;
import app.criba.portfolio.PortfolioRow;

/**
 * The portfolio as the JSON API returns it. Money is a string with a decimal point ("1200.00")
 * so that no client parses it into binary floating point; scores are JSON numbers. A client's
 * grade is the one in force; when the owner overrode it, computedGrade and overrideReason say
 * what the model gave and why it was overridden (both null otherwise).
 */
record ApiPortfolio(LocalDate asOf, int modelVersion, String currency, List<Client> clients, List<Grade> grades) {

    record Client(long id, String name, String contractType, String accountManager, String grade,
            boolean lowConfidence, BigDecimal composite, BigDecimal financial, BigDecimal relationship, BigDecimal gut,
            String revenuePerMonth, BigDecimal marginPercent, String effectiveHourlyRate, BigDecimal hoursPerMonth,
            BigDecimal meanDaysLate, int openDisputes, String computedGrade, String overrideReason) {

        static Client of(PortfolioRow row) {
            return new Client(row.clientId(), row.name(), row.contractType().name(), row.accountManagerName(),
                    row.grade().name(), row.lowConfidence(), row.composite(), row.financial(), row.relationship(),
                    row.gut(), money(row.revenuePerMonth()), row.marginPercent(), money(row.effectiveHourlyRate()),
                    row.hoursPerMonth(), row.meanDaysLate(), row.openDisputes(),
                    row.overridden() ? row.computedGrade().name() : null, row.overrideReason());
        }
    }

    record Grade(String grade, int clients, String revenuePerMonth, BigDecimal revenueSharePercent,
            BigDecimal hoursPerMonth, BigDecimal timeSharePercent) {

        static Grade of(GradeSummary summary) {
            return new Grade(summary.grade().name(), summary.clients(), money(summary.revenuePerMonth()),
                    summary.revenueSharePercent(), summary.hoursPerMonth(), summary.timeSharePercent());
        }
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }
}
