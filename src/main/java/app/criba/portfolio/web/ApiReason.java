package app.criba.portfolio.web;

import java.math.BigDecimal;
import java.util.List;

import app.criba.scoring.ReasonText;
import app.criba.scoring.engine.Reason;
import app.criba.scoring.engine.Reason.Money;

/**
 * A scorecard reason in the API: its stable code, its arguments as plain strings (amounts and
 * figures with a decimal point, dates in ISO 8601) and the sentence in the caller's language.
 */
record ApiReason(String code, List<String> args, String text) {

    static ApiReason of(Reason reason, ReasonText texts) {
        List<String> args = reason.args().stream().map(ApiReason::plain).toList();
        return new ApiReason(reason.code(), args, texts.text(reason));
    }

    static List<ApiReason> of(List<Reason> reasons, ReasonText texts) {
        return reasons.stream().map(reason -> of(reason, texts)).toList();
    }

    private static String plain(Object argument) {
        if (argument instanceof Money money) {
            return money.amount().toPlainString();
        }
        if (argument instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return String.valueOf(argument);
    }
}
