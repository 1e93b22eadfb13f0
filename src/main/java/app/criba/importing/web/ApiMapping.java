package app.criba.importing.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.criba.client.ContractType;
import app.criba.importing.ColumnMapping;
import app.criba.importing.Delimiter;
import app.criba.importing.ImportError;
import app.criba.importing.ImportField;
import app.criba.invoice.BillingMethod;

/**
 * The mapping part of an API import, as JSON:
 * <pre>
 * {"columns": {"client": "customerID", "number": "invoiceNumber", "settledDate": null, ...},
 *  "dateFormat": "M/d/yyyy", "delimiter": "comma", "contractType": "MANAGED", "defaultBillingMethod": "PAPER"}
 * </pre>
 * Every key is optional. A field or setting left out takes the guess from the file. A column
 * given as null or "" means that the file has no column for that field.
 */
record ApiMapping(Map<ImportField, String> columns, String dateFormat, Delimiter delimiter,
        ContractType contractType, BillingMethod defaultBillingMethod) {

    private static final Set<String> SETTINGS = Set.of("columns", "dateFormat", "delimiter", "contractType",
            "defaultBillingMethod");

    static ApiMapping none() {
        return new ApiMapping(Map.of(), null, null, null, null);
    }

    /** Reads the JSON, adding a problem to the list for each unknown key or bad value. */
    static ApiMapping parse(String json, JsonMapper mapper, List<ImportError> problems) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException invalid) {
            // Jackson's own message is English and names its internals, so only the place is reported.
            TokenStreamLocation place = invalid.getLocation();
            problems.add(place == null || place.getLineNr() < 1
                    ? problem("import.api.mappingUnreadable")
                    : problem("import.api.mappingInvalid", place.getLineNr(), place.getColumnNr()));
            return none();
        }
        if (root == null || !root.isObject()) {
            problems.add(problem("import.api.mappingNotObject"));
            return none();
        }
        root.propertyNames().stream().filter(key -> !SETTINGS.contains(key))
                .forEach(key -> problems.add(problem("import.api.unknownField", key)));
        return new ApiMapping(columns(root.get("columns"), problems), text(root, "dateFormat", problems),
                choice(root, "delimiter", ApiMapping::delimiter, problems),
                choice(root, "contractType", name -> ContractType.valueOf(enumName(name)), problems),
                choice(root, "defaultBillingMethod", name -> BillingMethod.valueOf(enumName(name)), problems));
    }

    /** Fills what the JSON left out with the guess. */
    ColumnMapping over(ColumnMapping guess) {
        Map<ImportField, String> merged = new EnumMap<>(ImportField.class);
        merged.putAll(guess.columns());
        merged.putAll(columns);
        return new ColumnMapping(merged, dateFormat != null ? dateFormat : guess.dateFormat(),
                delimiter != null ? delimiter : guess.delimiter(),
                contractType != null ? contractType : guess.contractType(),
                defaultBillingMethod != null ? defaultBillingMethod : guess.defaultBillingMethod());
    }

    Delimiter delimiterOrAuto() {
        return delimiter == null ? Delimiter.AUTO : delimiter;
    }

    /** Returns the columns named in the JSON; a field given as null or "" maps to "" (no column). */
    private static Map<ImportField, String> columns(JsonNode node, List<ImportError> problems) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        if (node == null || node.isNull()) {
            return columns;
        }
        if (!node.isObject()) {
            problems.add(problem("import.api.invalidValue", "columns", node.toString()));
            return columns;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            ImportField field = ImportField.byKey(entry.getKey()).orElse(null);
            if (field == null) {
                problems.add(problem("import.api.unknownField", "columns." + entry.getKey()));
            } else if (entry.getValue().isNull()) {
                columns.put(field, "");
            } else if (entry.getValue().isString()) {
                columns.put(field, entry.getValue().stringValue().strip());
            } else {
                problems.add(problem("import.api.invalidValue", "columns." + entry.getKey(), entry.getValue().toString()));
            }
        }
        return columns;
    }

    private static String text(JsonNode root, String key, List<ImportError> problems) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problems.add(problem("import.api.invalidValue", key, node.toString()));
            return null;
        }
        return node.stringValue().strip();
    }

    private static <T> T choice(JsonNode root, String key, Function<String, T> parse, List<ImportError> problems) {
        String value = text(root, key, problems);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException unknown) {
            problems.add(problem("import.api.invalidValue", key, value));
            return null;
        }
    }

    private static Delimiter delimiter(String value) {
        return switch (value) {
            case "," -> Delimiter.COMMA;
            case ";" -> Delimiter.SEMICOLON;
            default -> Delimiter.valueOf(enumName(value));
        };
    }

    private static String enumName(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static ImportError problem(String code, Object... args) {
        return new ImportError(null, null, null, code, List.of(args));
    }
}
