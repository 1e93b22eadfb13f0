package app.criba.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import app.criba.scoring.engine.Reason;
import app.criba.scoring.engine.Reason.Money;
import app.criba.system.Formats;

/**
 * Writes a scorecard reason as a sentence in the reader's language, with money, figures and
 * dates formatted for their locale. Templates call it as {@code ${@reasons.text(reason)}}.
 */
@Component("reasons")
public class ReasonText {

    private final MessageSource messages;
    private final Formats formats;

    ReasonText(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String text(Reason reason) {
        return text(reason, LocaleContextHolder.getLocale());
    }

    public String text(Reason reason, Locale locale) {
        Object[] args = reason.args().stream().map(this::format).toArray();
        return messages.getMessage(reason.code(), args, locale);
    }

    public List<String> texts(List<Reason> reasons) {
        return reasons.stream().map(this::text).toList();
    }

    private Object format(Object argument) {
        if (argument instanceof Money money) {
            return formats.money(money.amount());
        }
        if (argument instanceof BigDecimal number) {
            return formats.number(number, 2);
        }
        if (argument instanceof Integer || argument instanceof Long) {
            // Counts stay numbers so that the messages can choose singular or plural wording.
            return argument;
        }
        if (argument instanceof LocalDate date) {
            return formats.date(date);
        }
        return String.valueOf(argument);
    }
}
