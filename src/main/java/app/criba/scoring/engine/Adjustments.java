package app.criba.scoring.engine;

import static app.criba.scoring.engine.Decimals.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import app.criba.scoring.Grade;
import app.criba.scoring.engine.ClientFacts.OverdueInvoice;

/**
 * The rules applied after the composite grade: size notches, the overdue-invoice cap and the
 * signed write-off rule, each with the reason it applied.
 *
 * @param notches grades lost for being a small client (0, 1 or 2)
 * @param overdueCap the invoice that caps the grade, or null
 * @param signedWriteOff whether a written-off dispute over a signed charge forces a D
 */
record Adjustments(Grade grade, int notches, OverdueInvoice overdueCap, boolean signedWriteOff,
        List<Reason> reasons) {

    static final Grade OVERDUE_CAP = Grade.C;

    static Adjustments apply(Grade baseGrade, ClientFacts facts, ScoringParameters model, BigDecimal revenue) {
        List<Reason> reasons = new ArrayList<>();
        BigDecimal monthlyRevenue = round(revenue);
        // Each rule is listed only when it changed the grade; the improvement search still
        // sees every rule that holds, through the fields of the result.
        int notches = notches(monthlyRevenue, model);
        Grade grade = baseGrade.lowerBy(notches);
        if (notches == 2 && grade != baseGrade) {
            reasons.add(Reason.of("reason.adjust.tinyClient", FinancialScoring.money(revenue),
                    FinancialScoring.money(model.tinyClientRevenue())));
        } else if (notches == 1 && grade != baseGrade) {
            reasons.add(Reason.of("reason.adjust.smallClient", FinancialScoring.money(revenue),
                    FinancialScoring.money(model.smallClientRevenue())));
        }

        OverdueInvoice overdue = facts.overdue();
        OverdueInvoice cap = overdue != null && overdue.daysPastDue() > model.overdueCapDays() ? overdue : null;
        if (cap != null && grade.ordinal() < OVERDUE_CAP.ordinal()) {
            grade = OVERDUE_CAP;
            reasons.add(Reason.of("reason.adjust.overdueCap", cap.number(), FinancialScoring.money(cap.balance()),
                    cap.daysPastDue(), model.overdueCapDays()));
        }

        boolean signedWriteOff = facts.disputes().signedWriteOffs() > 0;
        if (signedWriteOff && grade != Grade.D) {
            grade = Grade.D;
            reasons.add(Reason.of("reason.adjust.signedWriteOff", facts.disputes().latestSignedWriteOffOpenedOn()));
        }
        return new Adjustments(grade, notches, cap, signedWriteOff, List.copyOf(reasons));
    }

    static int notches(BigDecimal monthlyRevenue, ScoringParameters model) {
        if (monthlyRevenue.compareTo(model.tinyClientRevenue()) < 0) {
            return 2;
        }
        return monthlyRevenue.compareTo(model.smallClientRevenue()) < 0 ? 1 : 0;
    }
}
