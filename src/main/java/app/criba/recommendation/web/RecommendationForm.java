package app.criba.recommendation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.criba.system.PlausibleDate;

/** Fields of the form that records a recommendation. The estimated value is optional. */
record RecommendationForm(
        @NotNull @PlausibleDate LocalDate proposedOn,
        @NotBlank @Size(max = 200) String title,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal estimatedValue) {

    static RecommendationForm empty(LocalDate today) {
        return new RecommendationForm(today, "", null);
    }
}
