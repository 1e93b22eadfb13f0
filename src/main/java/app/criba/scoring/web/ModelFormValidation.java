package app.criba.scoring.web;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.springframework.validation.Errors;

/** The checks between the model's parameters: thresholds in order, weights that can weigh something. */
final class ModelFormValidation {

    private ModelFormValidation() {
    }

    static void validate(ModelForm form, Errors errors) {
        if (allPresent(form.thresholdA(), form.thresholdB(), form.thresholdC())) {
            if (form.thresholdA().compareTo(form.thresholdB()) <= 0) {
                errors.rejectValue("thresholdA", "model.thresholds.order");
            }
            if (form.thresholdB().compareTo(form.thresholdC()) <= 0) {
                errors.rejectValue("thresholdB", "model.thresholds.order");
            }
        }
        if (allPresent(form.marginFloorPercent(), form.marginTargetPercent())
                && form.marginTargetPercent().compareTo(form.marginFloorPercent()) <= 0) {
            errors.rejectValue("marginTargetPercent", "model.margin.order");
        }
        if (allPresent(form.smallClientRevenue(), form.tinyClientRevenue())
                && form.tinyClientRevenue().compareTo(form.smallClientRevenue()) > 0) {
            errors.rejectValue("tinyClientRevenue", "model.sizes.order");
        }
        if (allPresent(form.weightFinancial(), form.weightRelationship(), form.weightGut())
                && sum(form.weightFinancial(), form.weightRelationship(), form.weightGut()).signum() == 0) {
            errors.rejectValue("weightFinancial", "model.weights.zero");
        }
        if (allPresent(form.weightPunctuality(), form.weightDisputes(), form.weightProcess(), form.weightAdvisor(),
                form.weightSentiment())
                && sum(form.weightPunctuality(), form.weightDisputes(), form.weightProcess(), form.weightAdvisor(),
                        form.weightSentiment()).signum() == 0) {
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
