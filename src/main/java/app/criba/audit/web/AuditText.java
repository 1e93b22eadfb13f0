package app.criba.audit.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import app.criba.audit.AuditRecord;
import app.criba.system.Formats;
import app.criba.system.csv.CsvDialect;

/**
 * Turns an entry's stored values into lines a person reads: each field under its label from the
 * message files (or its name when the files have none), with dates, numbers and yes or no in the
 * user's language. Codes such as {@code MANAGED} stay as stored. Fields are listed by label,
 * because jsonb keeps no key order.
 */
@Component("auditText")
public class AuditText {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    private static final String NONE = "–";

    private final MessageSource messages;
    private final Formats formats;

    AuditText(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** One field of an entry: its label, and its value before and after (a dash where there is none). */
    public record Change(String label, String before, String after) {
    }

    public List<Change> changes(AuditRecord record) {
        Locale locale = LocaleContextHolder.getLocale();
        Set<String> fields = new LinkedHashSet<>();
        if (record.before() != null) {
            fields.addAll(record.before().keySet());
        }
        if (record.after() != null) {
            fields.addAll(record.after().keySet());
        }
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(new Change(label(field, locale), value(record.before(), field, locale),
                    value(record.after(), field, locale)));
        }
        changes.sort(Comparator.comparing(Change::label, Collator.getInstance(locale)));
        return changes;
    }

    /**
     * Writes the values of one side as "label: value" lines joined by line breaks, for the export. Values
     * stay as stored, so dates keep the ISO form of the other columns, except that a number takes
     * the decimal separator of the file's {@link CsvDialect}.
     */
    String side(AuditRecord record, boolean after, Locale locale) {
        Map<String, Object> values = after ? record.after() : record.before();
        if (values == null) {
            return "";
        }
        char decimalSeparator = CsvDialect.forLocale(locale).decimalSeparator();
        List<String> lines = new ArrayList<>();
        values.forEach((field, value) -> lines.add(label(field, locale) + ": " + plain(value, decimalSeparator, locale)));
        lines.sort(Collator.getInstance(locale));
        return String.join("\n", lines);
    }

    private String plain(Object value, char decimalSeparator, Locale locale) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "common.yes" : "common.no", null, locale);
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString().replace('.', decimalSeparator);
        }
        return value.toString();
    }

    /** Looks the label up among the audit's own labels, then the scoring model's, and falls back to the field name. */
    private String label(String field, Locale locale) {
        String modelLabel = messages.getMessage("model.field." + field, null, field, locale);
        return messages.getMessage("audit.field." + field, null, modelLabel, locale);
    }

    private String value(Map<String, Object> values, String field, Locale locale) {
        if (values == null || !values.containsKey(field)) {
            return NONE;
        }
        Object value = values.get(field);
        if (value == null) {
            return NONE;
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "common.yes" : "common.no", null, locale);
        }
        if (value instanceof Number number) {
            return formats.number(number, 2);
        }
        String text = value.toString();
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return formats.date(LocalDate.parse(text));
            }
            if (ISO_DATE_TIME.matcher(text).matches()) {
                return formats.dateTime(LocalDateTime.parse(text));
            }
        } catch (DateTimeParseException notADate) {
            // Text shaped like a date but not one (2025-02-30) is shown as it was stored.
        }
        return text;
    }
}
