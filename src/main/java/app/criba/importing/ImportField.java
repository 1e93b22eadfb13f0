package app.criba.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A field that an import reads from one column. The key names the field in the API's JSON
 * mapping and in the message keys of its label. The header names are column titles, in English
 * and Spanish, that a guess recognises; they are compared lower-case, without accents, spaces or
 * punctuation. A choice field lists the constants of its enumeration.
 */
public record ImportField(String key, FieldType type, boolean required, int maxLength, List<String> choices,
        String choiceLabelPrefix, Set<String> headerNames) {

    public static final int NO_LIMIT = 0;
    private static final List<String> YES_NO = List.of("true", "false");

    public static ImportField of(String key, FieldType type, boolean required, String... headerNames) {
        List<String> choices = type == FieldType.YES_NO ? YES_NO : List.of();
        return new ImportField(key, type, required, NO_LIMIT, choices, "import.value.", Set.of(headerNames));
    }

    public static ImportField text(String key, boolean required, int maxLength, String... headerNames) {
        return new ImportField(key, FieldType.TEXT, required, maxLength, List.of(), "", Set.of(headerNames));
    }

    public static ImportField choice(String key, boolean required, Class<? extends Enum<?>> choices,
            String... headerNames) {
        List<String> names = Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList();
        return new ImportField(key, FieldType.CHOICE, required, NO_LIMIT, names,
                "enum." + choices.getSimpleName() + ".", Set.of(headerNames));
    }

    /** Returns the field's name in the user's language, as a message to resolve. */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] { labelCode() }, key);
    }

    public String labelCode() {
        return "import.field." + key;
    }

    /** Returns the message key of a choice's label, such as "enum.BillingMethod.PAPER" or "import.value.true". */
    public String choiceLabelCode(String choice) {
        return choiceLabelPrefix + choice;
    }

    /** Whether a column of this title is likely to hold this field. */
    boolean recognises(String header) {
        return headerNames.contains(ChoiceValues.normalize(header).replace(" ", ""));
    }
}
