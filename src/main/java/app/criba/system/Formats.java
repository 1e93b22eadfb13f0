package app.criba.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats money, numbers and dates for the current user's locale. Templates call it as
 * {@code ${@fmt.money(amount)}}; Java code that builds localized text uses the same methods.
 */
@Component("fmt")
public class Formats {

    private final Currency currency;

    public Formats(@Value("${criba.currency:EUR}") String currencyCode) {
        this.currency = Currency.getInstance(currencyCode.trim().toUpperCase(Locale.ROOT));
    }

    public Currency currency() {
        return currency;
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(currency);
        return format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** Formats a score, percentage or other figure with at most {@code decimals} decimals. */
    public String number(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }

    public String number(Number value) {
        return number(value, 2);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).localizedBy(locale()).format(date);
    }

    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).localizedBy(locale())
                        .format(dateTime);
    }

    /** Formats a moment in the server's time zone, for "saved at" columns. */
    public String instant(java.time.Instant instant) {
        return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, java.time.ZoneId.systemDefault()));
    }

    /**
     * Formats a value stored as text, as an import preview keeps it: an amount with a decimal
     * point, a date as yyyy-MM-dd, or a date-time as yyyy-MM-ddTHH:mm; any other text unchanged.
     */
    public String storedValue(String value, String type) {
        if (value == null) {
            return "";
        }
        try {
            return switch (type) {
                case "AMOUNT" -> money(new BigDecimal(value));
                case "DATE" -> date(LocalDate.parse(value));
                case "DATE_TIME" -> dateTime(LocalDateTime.parse(value));
                default -> value;
            };
        } catch (RuntimeException notInThatForm) {
            return value;
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
