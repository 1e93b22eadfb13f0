package app.criba.portfolio;

import java.math.BigDecimal;

import app.criba.client.ContractType;
import app.criba.scoring.Grade;

/** One client's line in the ranked portfolio, as of a date. */
public record PortfolioRow(
        long clientId,
        String name,
        ContractType contractType,
        Long accountManagerId,
        String accountManagerName,
        Grade grade,
        boolean lowConfidence,
        BigDecimal composite,
        BigDecimal financial,
        BigDecimal relationship,
        BigDecimal gut,
        BigDecimal revenuePerMonth,
        BigDecimal marginPercent,
        BigDecimal effectiveHourlyRate,
        BigDecimal hoursPerMonth,
        BigDecimal meanDaysLate,
        int openDisputes) {
}
