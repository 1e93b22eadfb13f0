package app.criba.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The fields of a record whose stored value differs from what a person typed into a form that was
 * opened on an older version of it. An edit page shows them side by side, with status 409, above
 * its form filled with the typed values and the current version, so that saving again applies the
 * typed values on purpose. Values are compared as the record stores them and formatted for the
 * reader's locale. Create one with {@link EditConflicts#compare()}.
 */
public final class EditConflict {

    /** The model attribute with the changes. The edit templates draw the conflict panel when it is present. */
    public static final String MODEL_KEY = "conflict";

    /** One field that differs: the message code of its label and both values, formatted. */
    public record Change(String labelCode, String stored, String typed) {
    }

    private final Formats formats;
    private final MessageSource messages;
    private final List<Change> changes = new ArrayList<>();

    EditConflict(Formats formats, MessageSource messages) {
        this.formats = formats;
        this.messages = messages;
    }

    /** Compares text as the records store it: stripped of surrounding white space, with blank the same as missing. */
    public EditConflict text(String labelCode, String stored, String typed) {
        String storedText = stored == null ? "" : PlainText.strip(stored);
        String typedText = typed == null ? "" : PlainText.strip(typed);
        return add(labelCode, !storedText.equals(typedText), storedText, typedText);
    }

    public EditConflict number(String labelCode, Integer stored, Integer typed) {
        return add(labelCode, !Objects.equals(stored, typed), formats.number(stored), formats.number(typed));
    }

    /** Compares amounts by value, so that 10 and 10.00 are the same. */
    public EditConflict money(String labelCode, BigDecimal stored, BigDecimal typed) {
        boolean differs = stored == null || typed == null ? stored != typed : stored.compareTo(typed) != 0;
        return add(labelCode, differs, formats.money(stored), formats.money(typed));
    }

    public EditConflict date(String labelCode, LocalDate stored, LocalDate typed) {
        return add(labelCode, !Objects.equals(stored, typed), formats.date(stored), formats.date(typed));
    }

    /** Compares enum constants and shows them by their labels, the message codes {@code prefix.CONSTANT}. */
    public EditConflict choice(String labelCode, String prefix, Enum<?> stored, Enum<?> typed) {
        return add(labelCode, stored != typed, label(prefix, stored), label(prefix, typed));
    }

    public EditConflict flag(String labelCode, boolean stored, boolean typed) {
        return add(labelCode, stored != typed, message(stored ? "common.yes" : "common.no"),
                message(typed ? "common.yes" : "common.no"));
    }

    /** One dated amount of a list, such as a payment received against an invoice. */
    public record DatedAmount(LocalDate date, BigDecimal amount) {
    }

    /** Compares two lists of dated amounts in date order, each amount by value. */
    public EditConflict datedAmounts(String labelCode, List<DatedAmount> stored, List<DatedAmount> typed) {
        String storedText = datedAmountsText(stored);
        String typedText = datedAmountsText(typed);
        return add(labelCode, !storedText.equals(typedText), storedText, typedText);
    }

    /** Compares two values that the caller has already formatted, such as a list of payments or a person's name. */
    public EditConflict formatted(String labelCode, String stored, String typed) {
        return add(labelCode, !Objects.equals(stored, typed), stored, typed);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    /**
     * Puts the changes in the model, sets the response status to 409 and returns the view, which
     * should be the edit form with the typed values and the current version.
     */
    public String show(Model model, String view) {
        model.addAttribute(MODEL_KEY, changes());
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        if (request.getResponse() != null) {
            request.getResponse().setStatus(HttpStatus.CONFLICT.value());
        }
        return view;
    }

    private EditConflict add(String labelCode, boolean differs, String stored, String typed) {
        if (differs) {
            changes.add(new Change(labelCode, stored, typed));
        }
        return this;
    }

    private String datedAmountsText(List<DatedAmount> amounts) {
        return amounts.stream()
                .sorted(Comparator.comparing(DatedAmount::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(DatedAmount::amount, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(each -> messages.getMessage("conflict.datedAmount",
                        new Object[] { formats.date(each.date()), formats.money(each.amount()) },
                        LocaleContextHolder.getLocale()))
                .reduce((first, second) -> first + ", " + second)
                .orElse("");
    }

    private String label(String prefix, Enum<?> constant) {
        return constant == null ? "" : label(prefix, constant.name());
    }

    /** Returns the label of a coded value, the message {@code prefix.value}, or empty text for a missing value. */
    public String label(String prefix, String value) {
        return value == null || value.isEmpty() ? "" : message(prefix + "." + value);
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
