package app.criba.scoring.engine;

import static app.criba.scoring.engine.Decimals.HUNDRED;
import static app.criba.scoring.engine.Decimals.clamp;
import static app.criba.scoring.engine.Decimals.divide;
import static app.criba.scoring.engine.Decimals.round;
import static app.criba.scoring.engine.Decimals.times;
import static app.criba.scoring.engine.Decimals.whole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import app.criba.scoring.engine.Reason.Money;

/**
 * Financial value F: the margin of monthly revenue over the monthly cost to serve, scaled from
 * the model's margin floor (F = 0) to its margin target (F = 100).
 */
final class FinancialScoring {

    private FinancialScoring() {
    }

    /** Unrounded figures, kept for the improvement search. */
    record Result(BigDecimal score, BigDecimal revenue, BigDecimal hours, BigDecimal cost, BigDecimal marginPercent,
            BigDecimal hourlyRate, List<Reason> reasons) {

        Scorecard.Financial rounded() {
            return new Scorecard.Financial(round(score), round(revenue), round(hours), round(cost), round(marginPercent),
                    round(hourlyRate), reasons);
        }
    }

    static Result score(ClientFacts facts, ScoringParameters model, int months) {
        BigDecimal revenue = divide(facts.invoicedAmount(), months);
        BigDecimal hours = divide(whole(facts.minutesWorked()), 60L * months);
        BigDecimal tooling = times(whole(facts.seats()), model.toolingCostPerSeat());
        BigDecimal cost = times(hours, model.loadedHourlyCost()).add(model.overheadPerClient()).add(tooling);

        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("reason.financial.revenue", money(revenue), facts.invoiceCount(), months));
        reasons.add(Reason.of("reason.financial.cost", money(cost), round(hours), money(model.loadedHourlyCost()),
                money(model.overheadPerClient()), facts.seats(), money(model.toolingCostPerSeat())));

        BigDecimal marginPercent = null;
        BigDecimal score = BigDecimal.ZERO;
        if (revenue.signum() > 0) {
            marginPercent = times(divide(revenue.subtract(cost), revenue), HUNDRED);
            score = scoreForMargin(marginPercent, model);
            reasons.add(Reason.of("reason.financial.margin", round(marginPercent), model.marginTargetPercent()));
        } else {
            reasons.add(Reason.of("reason.financial.noRevenue"));
        }
        BigDecimal hourlyRate = hours.signum() > 0 ? divide(revenue, hours) : null;
        reasons.add(hourlyRate != null ? Reason.of("reason.financial.hourlyRate", money(hourlyRate))
                : Reason.of("reason.financial.noHours"));
        return new Result(score, revenue, hours, cost, marginPercent, hourlyRate, reasons);
    }

    static BigDecimal scoreForMargin(BigDecimal marginPercent, ScoringParameters model) {
        BigDecimal span = model.marginTargetPercent().subtract(model.marginFloorPercent());
        BigDecimal fraction = divide(marginPercent.subtract(model.marginFloorPercent()), span);
        return times(HUNDRED, clamp(fraction, BigDecimal.ZERO, BigDecimal.ONE));
    }

    /** The margin, in percent, that gives financial score {@code score}. */
    static BigDecimal marginForScore(BigDecimal score, ScoringParameters model) {
        BigDecimal span = model.marginTargetPercent().subtract(model.marginFloorPercent());
        return model.marginFloorPercent().add(times(divide(score, HUNDRED), span));
    }

    static Money money(BigDecimal amount) {
        return new Money(round(amount));
    }
}
