package app.criba.portfolio;

import java.math.BigDecimal;

import app.criba.client.ContractType;
import app.criba.scoring.Grade;

/**
 * One client's line in the ranked portfolio, as of a date. {@code grade} is the grade in force:
 * the owner's override when one applies, else {@code computedGrade}. The grade filter, the
 * per-grade counts and the sort by grade all use it.
 */
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
        int openDisputes,
        Grade computedGrade,
        String overrideReason) {

    public boolean overridden() {
        return overrideReason != null;
    }
}
