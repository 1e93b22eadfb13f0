package app.criba.scoring.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import app.criba.scoring.Grade;

/**
 * A client's grade with every figure and reason behind it. Scores are rounded to two decimals
 * for display; a null score means the dimension or part had no data and did not count.
 *
 * @param meanDaysLate amount-weighted mean days late after the grace period; null without due invoices
 * @param openDisputes disputes open on the as-of date, whenever they were opened
 * @param baseGrade the grade the composite alone earns
 * @param grade the final grade after size notches, the overdue cap and the signed write-off rule
 * @param adjustments the notches and caps that turned the base grade into the final one
 */
public record Scorecard(
        long clientId,
        LocalDate asOf,
        int modelVersion,
        int monthsMeasured,
        Financial financial,
        List<Part> parts,
        BigDecimal relationship,
        BigDecimal meanDaysLate,
        int openDisputes,
        BigDecimal gut,
        Reason gutReason,
        BigDecimal composite,
        Grade baseGrade,
        Grade grade,
        List<Reason> adjustments,
        Improvement improvement,
        boolean lowConfidence,
        List<Reason> confidenceReasons) {

    /**
     * Financial value: revenue against the cost of serving the client, per month.
     *
     * @param marginPercent null when there is no revenue
     * @param effectiveHourlyRate revenue per technician hour; null when no time was logged
     */
    public record Financial(BigDecimal score, BigDecimal revenuePerMonth, BigDecimal hoursPerMonth,
            BigDecimal costPerMonth, BigDecimal marginPercent, BigDecimal effectiveHourlyRate, List<Reason> reasons) {
    }

    /** One part of relationship health; score is null when the part has no data. */
    public record Part(RelationshipPart kind, BigDecimal score, BigDecimal weight, List<Reason> reasons) {

        public boolean hasData() {
            return score != null;
        }
    }

    /**
     * What would move the client up one grade: every reason in {@code required} must change, and
     * then any one of {@code options} is enough. Target is null when the client is already an A.
     */
    public record Improvement(Grade target, List<Reason> required, List<Reason> options) {
    }

    public Part part(RelationshipPart kind) {
        return parts.stream().filter(part -> part.kind() == kind).findFirst().orElseThrow();
    }
}
