package app.criba.recommendation.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.validation.BindingResult;

import app.criba.recommendation.Recommendation;
import app.criba.recommendation.RecommendationResponse;
import app.criba.system.EditConflict;
import app.criba.system.FormErrors;
import app.criba.system.PlausibleDate;

/** Fields of the form that records the client's answer to a recommendation. */
record AnswerForm(
        @NotNull RecommendationResponse response,
        @PlausibleDate LocalDate respondedOn,
        Long version) {

    static AnswerForm of(Recommendation recommendation, LocalDate today) {
        LocalDate respondedOn = recommendation.getRespondedOn() != null ? recommendation.getRespondedOn() : today;
        return new AnswerForm(recommendation.getResponse(), respondedOn, recommendation.getVersion());
    }

    /** Returns this form with the version of the recommendation as stored now, so that saving it applies these values. */
    AnswerForm withVersion(long currentVersion) {
        return new AnswerForm(response, respondedOn, currentVersion);
    }

    /** Adds each field whose typed value differs from the stored answer. */
    EditConflict compareWith(Recommendation stored, EditConflict conflict) {
        LocalDate typedDate = response == RecommendationResponse.NONE ? null : respondedOn;
        return conflict.choice("recommendation.field.response", "enum.RecommendationResponse", stored.getResponse(),
                response)
                .date("recommendation.field.respondedOn", stored.getRespondedOn(), typedDate);
    }

    /** Requires the date of a real answer and rejects one dated before the recommendation was proposed. */
    void checkAgainst(Recommendation recommendation, BindingResult errors) {
        if (response == null || response == RecommendationResponse.NONE) {
            return;
        }
        if (respondedOn == null) {
            FormErrors.reject(errors, "respondedOn", "NotNull");
        } else if (respondedOn.isBefore(recommendation.getProposedOn())) {
            FormErrors.reject(errors, "respondedOn", "recommendation.error.respondedBeforeProposed");
        }
    }
}
