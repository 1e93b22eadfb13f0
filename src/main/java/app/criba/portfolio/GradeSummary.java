package app.criba.portfolio;

import java.math.BigDecimal;

import app.criba.scoring.Grade;

/**
 * How much of the business one grade is: its clients, its share of monthly revenue and its
 * share of technician time, in percent of the whole portfolio.
 */
public record GradeSummary(Grade grade, int clients, BigDecimal revenuePerMonth, BigDecimal revenueSharePercent,
        BigDecimal hoursPerMonth, BigDecimal timeSharePercent) {
}
