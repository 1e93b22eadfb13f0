package app.criba.scoring.web;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.springframework.validation.Errors;

/** The checks between the model's parameters: thresholds in order, weights that can weigh something. */
final class ModelFormValidation {

    private ModelFormValidation() {
    }

    static void validate(ModelForm form, Errors errors) {
        if (allPresent(form.getThresholdA(), form.getThresholdB(), form.getThresholdC())) {
            if (form.getThresholdA().compareTo(form.getThresholdB()) <= 0) {
                errors.rejectValue("thresholdA", "model.thresholds.order");
            }
            if (form.getThresholdB().compareTo(form.getThresholdC()) <= 0) {
                errors.rejectValue("thresholdB", "model.thresholds.order");
            }
        }
        if (allPresent(form.getMarginFloorPercent(), form.getMarginTargetPercent())
                && form.getMarginTargetPercent().compareTo(form.getMarginFloorPercent()) <= 0) {
            errors.rejectValue("marginTargetPercent", "model.margin.order");
        }
        if (allPresent(form.getSmallClientRevenue(), form.getTinyClientRevenue())
                && form.getTinyClientRevenue().compareTo(form.getSmallClientRevenue()) > 0) {
            errors.rejectValue("tinyClientRevenue", "model.sizes.order");
        }
        if (allPresent(form.getWeightFinancial(), form.getWeightRelationship(), form.getWeightGut())
                && sum(form.getWeightFinancial(), form.getWeightRelationship(), form.getWeightGut()).signum() == 0) {
            errors.rejectValue("weightFinancial", "model.weights.zero");
        }
        if (allPresent(form.getWeightPunctuality(), form.getWeightDisputes(), form.getWeightProcess(), form.getWeightAdvisor(),
                form.getWeightSentiment())
                && sum(form.getWeightPunctuality(), form.getWeightDisputes(), form.getWeightProcess(), form.getWeightAdvisor(),
                        form.getWeightSentiment()).signum() == 0) {
            errors.rejectValue("weightPunctuality", "model.weights.zero");
        }
    }

    private static boolean allPresent(Object... values) {
        return Stream.of(values).allMatch(value -> value != null);
    }

    private static BigDecimal sum(BigDecimal... values) {
        return Stream.of(values).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
