package app.criba.scoring.engine;

import static app.criba.scoring.engine.Decimals.HUNDRED;
import static app.criba.scoring.engine.Decimals.divide;
import static app.criba.scoring.engine.Decimals.round;
import static app.criba.scoring.engine.Decimals.times;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.criba.scoring.Grade;
import app.criba.scoring.engine.FinancialScoring.Result;
import app.criba.scoring.engine.RelationshipScoring.PartResult;
import app.criba.scoring.engine.Scorecard.Improvement;
import app.criba.scoring.engine.ScoringEngine.Composite;

/**
 * Finds the smallest changes that would move a client up one grade: the rules that must stop
 * applying, and for the composite, the value each dimension or part would need with everything
 * else unchanged, listed only when that value is reachable (at most 100).
 */
final class ImprovementFinder {

    private final ClientFacts facts;
    private final ScoringParameters model;
    private final Result financial;
    private final List<PartResult> parts;
    private final BigDecimal relationship;
    private final BigDecimal gut;
    private final Composite composite;

    ImprovementFinder(ClientFacts facts, ScoringParameters model, Result financial, List<PartResult> parts,
            BigDecimal relationship, BigDecimal gut, Composite composite) {
        this.facts = facts;
        this.model = model;
        this.financial = financial;
        this.parts = parts;
        this.relationship = relationship;
        this.gut = gut;
        this.composite = composite;
    }

    Improvement find(Adjustments adjustments) {
        Grade grade = adjustments.grade();
        if (grade == Grade.A) {
            return new Improvement(null, List.of(), List.of());
        }
        Grade target = grade.better();
        List<Reason> required = new ArrayList<>();
        if (adjustments.overdueCap() != null && target.ordinal() < Adjustments.OVERDUE_CAP.ordinal()) {
            // The facts name only the oldest capping invoice, so the advice also covers any other.
            required.add(Reason.of("reason.improve.payOverdue", adjustments.overdueCap().number(),
                    FinancialScoring.money(adjustments.overdueCap().balance()), model.overdueCapDays()));
        }

        List<Reason> options = new ArrayList<>();
        Grade baseGrade = ScoringEngine.gradeFor(round(composite.value()), model);
        int notches = adjustments.notches();
        if (baseGrade.lowerBy(notches).isWorseThan(target)) {
            int notchesAllowed = target.ordinal() - baseGrade.ordinal();
            if (notchesAllowed >= 0 && notchesAllowed < notches) {
                BigDecimal revenueNeeded = notchesAllowed == 0 ? model.smallClientRevenue() : model.tinyClientRevenue();
                options.add(Reason.of("reason.improve.revenue", FinancialScoring.money(revenueNeeded)));
            }
            int neededOrdinal = target.ordinal() - notches;
            if (neededOrdinal >= 0) {
                options.addAll(compositeOptions(model.threshold(Grade.values()[neededOrdinal])));
            }
            minimalRevenue(target, notches).ifPresent(revenue -> {
                Reason atCost = Reason.of("reason.improve.revenueAtCost", FinancialScoring.money(revenue));
                boolean sameAsNotch = options.stream().anyMatch(option -> option.code().equals("reason.improve.revenue")
                        && option.args().get(0).equals(FinancialScoring.money(revenue)));
                if (!sameAsNotch) {
                    options.add(atCost);
                }
            });
            if (options.isEmpty()) {
                required.add(Reason.of("reason.improve.combined"));
            }
        }
        return new Improvement(target, List.copyOf(required), List.copyOf(options));
    }

    private List<Reason> compositeOptions(BigDecimal threshold) {
        List<Reason> options = new ArrayList<>();
        BigDecimal needed = times(threshold, composite.weights());
        if (model.weightFinancial().signum() > 0) {
            BigDecimal financialNeeded = valueNeeded(needed, model.weightFinancial(), financial.score());
            if (isReachable(financialNeeded)) {
                options.add(financialOption(financialNeeded.max(BigDecimal.ZERO)));
            }
        }
        if (relationship != null && model.weightRelationship().signum() > 0) {
            BigDecimal relationshipNeeded = valueNeeded(needed, model.weightRelationship(), relationship);
            if (isReachable(relationshipNeeded)) {
                options.add(Reason.of("reason.improve.relationship", round(relationshipNeeded)));
                options.addAll(partOptions(relationshipNeeded));
            }
        }
        if (model.weightGut().signum() > 0) {
            gutOption(threshold, needed).ifPresent(options::add);
        }
        return options;
    }

    /**
     * Computes the value that a dimension of weight {@code weight}, now at {@code current}, needs
     * for the weighted sum to reach {@code needed}.
     */
    private BigDecimal valueNeeded(BigDecimal needed, BigDecimal weight, BigDecimal current) {
        BigDecimal others = composite.weightedSum().subtract(times(weight, current));
        return divide(needed.subtract(others), weight);
    }

    private Reason financialOption(BigDecimal financialNeeded) {
        BigDecimal margin = FinancialScoring.marginForScore(financialNeeded, model);
        return Reason.of("reason.improve.financial", round(financialNeeded), round(margin));
    }

    /**
     * Finds the least monthly revenue, at the current cost to serve, that reaches the target:
     * more revenue raises the margin and can also remove small-client steps, so each possible
     * number of steps is tried with the financial value it would then need.
     */
    private Optional<BigDecimal> minimalRevenue(Grade target, int currentNotches) {
        BigDecimal best = null;
        for (int notches = 0; notches <= currentNotches; notches++) {
            int neededOrdinal = target.ordinal() - notches;
            if (neededOrdinal < 0 || model.weightFinancial().signum() == 0) {
                continue;
            }
            BigDecimal threshold = model.threshold(Grade.values()[neededOrdinal]);
            BigDecimal financialNeeded = valueNeeded(times(threshold, composite.weights()), model.weightFinancial(),
                    financial.score()).max(BigDecimal.ZERO);
            BigDecimal margin = FinancialScoring.marginForScore(financialNeeded, model);
            if (!isReachable(financialNeeded) || margin.compareTo(HUNDRED) >= 0) {
                continue;
            }
            BigDecimal revenue = divide(financial.cost(), BigDecimal.ONE.subtract(divide(margin, HUNDRED)));
            BigDecimal floor = switch (notches) {
                case 0 -> model.smallClientRevenue();
                case 1 -> model.tinyClientRevenue();
                default -> BigDecimal.ZERO;
            };
            revenue = revenue.max(floor);
            if (revenue.compareTo(financial.revenue()) > 0 && (best == null || revenue.compareTo(best) < 0)) {
                best = revenue;
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Reason> partOptions(BigDecimal relationshipNeeded) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (PartResult part : parts) {
            if (part.hasData()) {
                weights = weights.add(part.weight());
                weightedSum = weightedSum.add(times(part.weight(), part.score()));
            }
        }
        BigDecimal needed = times(relationshipNeeded, weights);
        List<Reason> options = new ArrayList<>();
        for (PartResult part : parts) {
            // A disputes score moves only in steps, as disputes leave the window, so no target is offered.
            if (!part.hasData() || part.weight().signum() == 0 || part.kind() == RelationshipPart.DISPUTES) {
                continue;
            }
            BigDecimal others = weightedSum.subtract(times(part.weight(), part.score()));
            BigDecimal partNeeded = divide(needed.subtract(others), part.weight());
            if (isReachable(partNeeded)) {
                options.add(partOption(part.kind(), partNeeded));
            }
        }
        return options;
    }

    private Reason partOption(RelationshipPart kind, BigDecimal partNeeded) {
        String code = "reason.improve.part." + kind.name().toLowerCase(Locale.ROOT);
        if (kind == RelationshipPart.PUNCTUALITY) {
            BigDecimal daysLate = times(BigDecimal.ONE.subtract(divide(partNeeded, HUNDRED)),
                    Decimals.whole(model.daysLateForZero()));
            return Reason.of(code, round(partNeeded), round(daysLate.max(BigDecimal.ZERO)));
        }
        return Reason.of(code, round(partNeeded));
    }

    /** Finds the lowest gut-check grade that would be enough, when it is better than the latest one. */
    private Optional<Reason> gutOption(BigDecimal threshold, BigDecimal needed) {
        BigDecimal gutNeeded;
        if (gut == null) {
            BigDecimal weightsWithGut = composite.weights().add(model.weightGut());
            gutNeeded = divide(times(threshold, weightsWithGut).subtract(composite.weightedSum()), model.weightGut());
        } else {
            gutNeeded = valueNeeded(needed, model.weightGut(), gut);
        }
        for (Grade candidate : List.of(Grade.D, Grade.C, Grade.B, Grade.A)) {
            boolean betterThanLatest = facts.latestGutCheck() == null || candidate.ordinal() < facts.latestGutCheck().ordinal();
            if (betterThanLatest && model.gutScore(candidate).compareTo(round(gutNeeded)) >= 0) {
                return Optional.of(candidate == Grade.A ? Reason.of("reason.improve.gutA")
                        : Reason.of("reason.improve.gut", candidate));
            }
        }
        return Optional.empty();
    }

    /** Tells whether a score can reach the needed value, compared as shown with two decimals. */
    private static boolean isReachable(BigDecimal value) {
        return round(value).compareTo(HUNDRED) <= 0;
    }
}
