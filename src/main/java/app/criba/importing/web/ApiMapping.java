package app.criba.importing.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import app.criba.importing.ImportError;
import app.criba.importing.ImportField;
import app.criba.importing.ImportKind;
import app.criba.importing.ImportMapping;
import app.criba.importing.ImportMapping.InvoiceLines;
import app.criba.importing.file.Delimiter;
import app.criba.importing.file.Encoding;
import app.criba.invoice.BillingMethod;

/**
 * The mapping part of an API import, as JSON, for example:
 * <pre>
 * {"columns": {"client": "customerID", "number": "invoiceNumber", "settledDate": null},
 *  "values": {"billingMethod": {"Paper": "PAPER", "Electronic": "ELECTRONIC"}, "disputed": {"Yes": "true"}},
 *  "dateFormat": "M/d/yyyy", "decimalSeparator": ".", "delimiter": "comma", "encoding": "windows-1252",
 *  "headerLine": 1, "contractType": "MANAGED", "defaultBillingMethod": "PAPER", "createClients": true,
 *  "invoiceLines": "sum-by-number", "termsDays": 30, "skipRowsStartingWith": ["Total"],
 *  "carryDownColumn": ""}
 * </pre>
 * Every key is optional, and what is left out is guessed from the file. A column given as null
 * or "" means that the file has no column for that field.
 */
final class ApiMapping {

    private static final Set<String> SETTINGS = Set.of("columns", "values", "dateFormat", "decimalSeparator",
            "delimiter", "encoding", "headerLine", "contractType", "defaultBillingMethod", "createClients",
            "invoiceLines", "termsDays", "skipRowsStartingWith", "carryDownColumn");

    private final ImportMapping mapping;
    private final Set<String> fieldsWithoutColumn;

    private ApiMapping(ImportMapping mapping, Set<String> fieldsWithoutColumn) {
        this.mapping = mapping;
        this.fieldsWithoutColumn = fieldsWithoutColumn;
    }

    /** Lays the JSON over the starting mapping, adding a problem to the list for each unknown key or bad value. */
    static ApiMapping parse(String json, ImportMapping start, JsonMapper mapper, List<ImportError> problems) {
        if (json == null || json.isBlank()) {
            return new ApiMapping(start, Set.of());
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException invalid) {
            // Jackson's own message is English and names its internals, so only the place is reported.
            TokenStreamLocation place = invalid.getLocation();
            problems.add(place == null || place.getLineNr() < 1
                    ? problem("import.api.mappingUnreadable")
                    : problem("import.api.mappingInvalid", place.getLineNr(), place.getColumnNr()));
            return new ApiMapping(start, Set.of());
        }
        if (root == null || !root.isObject()) {
            problems.add(problem("import.api.mappingNotObject"));
            return new ApiMapping(start, Set.of());
        }
        return new Reader(root, start, problems).read();
    }

    /** Returns the mapping with the guesses applied, keeping the fields that the JSON maps to no column. */
    ImportMapping over(Function<ImportMapping, ImportMapping> complete) {
        ImportMapping completed = complete.apply(mapping);
        if (fieldsWithoutColumn.isEmpty()) {
            return completed;
        }
        Map<String, String> columns = new LinkedHashMap<>(completed.columns());
        fieldsWithoutColumn.forEach(columns::remove);
        return completed.withColumns(columns);
    }

    ImportMapping requested() {
        return mapping;
    }

    private static ImportError problem(String code, Object... args) {
        return new ImportError(null, null, null, code, List.of(args));
    }

    /** Reads one JSON mapping. */
    private static final class Reader {

        private final JsonNode root;
        private final ImportMapping start;
        private final ImportKind kind;
        private final List<ImportError> problems;
        private final Set<String> withoutColumn = new HashSet<>();

        Reader(JsonNode root, ImportMapping start, List<ImportError> problems) {
            this.root = root;
            this.start = start;
            this.kind = start.kind();
            this.problems = problems;
        }

        ApiMapping read() {
            root.propertyNames().stream().filter(key -> !SETTINGS.contains(key))
                    .forEach(key -> problems.add(problem("import.api.unknownField", key)));
            Map<String, String> columns = new LinkedHashMap<>(start.columns());
            columns.putAll(columns());
            Map<String, Map<String, String>> values = new LinkedHashMap<>(start.values());
            values.putAll(values());
            String dateFormat = text("dateFormat");
            Character decimal = choice("decimalSeparator", Reader::decimalSeparator);
            Delimiter delimiter = choice("delimiter", Reader::delimiter);
            Encoding encoding = choice("encoding", Reader::encoding);
            Integer headerLine = integer("headerLine", 1, 1000);
            ContractType contractType = choice("contractType", name -> ContractType.valueOf(enumName(name)));
            BillingMethod billing = choice("defaultBillingMethod", name -> BillingMethod.valueOf(enumName(name)));
            Boolean createClients = bool("createClients");
            InvoiceLines lines = choice("invoiceLines", name -> InvoiceLines.valueOf(enumName(name)));
            Integer termsDays = integer("termsDays", 0, ImportMapping.MAX_TERMS_DAYS);
            List<String> skip = texts("skipRowsStartingWith");
            String carryDown = text("carryDownColumn");
            ImportMapping mapping = new ImportMapping(kind,
                    encoding != null ? encoding : start.encoding(),
                    delimiter != null ? delimiter : start.delimiter(),
                    headerLine != null ? headerLine : start.headerLine(), columns, values,
                    dateFormat != null ? dateFormat : start.dateFormat(),
                    decimal != null ? decimal : start.decimalSeparator(),
                    contractType != null ? contractType : start.contractType(),
                    billing != null ? billing : start.defaultBillingMethod(),
                    createClients != null ? createClients : start.createClients(),
                    lines != null ? lines : start.invoiceLines(),
                    termsDays != null ? termsDays : start.termsDays(),
                    skip != null ? skip : start.skipRowsStartingWith(),
                    carryDown != null ? carryDown : start.carryDownColumn());
            return new ApiMapping(mapping, Set.copyOf(withoutColumn));
        }

        private Map<String, String> columns() {
            Map<String, String> columns = new LinkedHashMap<>();
            JsonNode node = root.get("columns");
            if (node == null || node.isNull()) {
                return columns;
            }
            if (!node.isObject()) {
                problems.add(problem("import.api.invalidValue", "columns", node.toString()));
                return columns;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (kind.field(entry.getKey()).isEmpty()) {
                    problems.add(problem("import.api.unknownField", "columns." + entry.getKey()));
                } else if (entry.getValue().isNull()
                        || (entry.getValue().isString() && entry.getValue().stringValue().isBlank())) {
                    withoutColumn.add(entry.getKey());
                } else if (entry.getValue().isString()) {
                    columns.put(entry.getKey(), entry.getValue().stringValue().strip());
                } else {
                    problems.add(problem("import.api.invalidValue", "columns." + entry.getKey(),
                            entry.getValue().toString()));
                }
            }
            return columns;
        }

        private Map<String, Map<String, String>> values() {
            Map<String, Map<String, String>> tables = new LinkedHashMap<>();
            JsonNode node = root.get("values");
            if (node == null || node.isNull()) {
                return tables;
            }
            if (!node.isObject()) {
                problems.add(problem("import.api.invalidValue", "values", node.toString()));
                return tables;
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                ImportField field = kind.field(entry.getKey()).orElse(null);
                if (field == null || !field.type().hasValueTable()) {
                    problems.add(problem("import.api.unknownField", "values." + entry.getKey()));
                    continue;
                }
                if (!entry.getValue().isObject()) {
                    problems.add(problem("import.api.invalidValue", "values." + entry.getKey(),
                            entry.getValue().toString()));
                    continue;
                }
                Map<String, String> table = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> value : entry.getValue().properties()) {
                    String choice = value.getValue().isString() ? choiceName(field, value.getValue().stringValue())
                            : value.getValue().isBoolean() ? Boolean.toString(value.getValue().booleanValue()) : null;
                    if (choice == null) {
                        problems.add(problem("import.api.invalidValue", "values." + entry.getKey() + "."
                                + value.getKey(), value.getValue().toString()));
                    } else {
                        table.put(value.getKey(), choice);
                    }
                }
                tables.put(field.key(), table);
            }
            return tables;
        }

        private static String choiceName(ImportField field, String text) {
            String name = field.choices().contains(text) ? text : enumName(text);
            if (field.choices().contains(name)) {
                return name;
            }
            String lower = text.strip().toLowerCase(Locale.ROOT);
            return field.choices().contains(lower) ? lower : null;
        }

        private String text(String key) {
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

        private List<String> texts(String key) {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                return null;
            }
            List<String> texts = new ArrayList<>();
            if (!node.isArray()) {
                problems.add(problem("import.api.invalidValue", key, node.toString()));
                return null;
            }
            for (JsonNode item : node) {
                if (item.isString()) {
                    texts.add(item.stringValue());
                } else {
                    problems.add(problem("import.api.invalidValue", key, item.toString()));
                }
            }
            return texts;
        }

        private Integer integer(String key, int min, int max) {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min
                    || node.intValue() > max) {
                problems.add(problem("import.api.invalidValue", key, node.toString()));
                return null;
            }
            return node.intValue();
        }

        private Boolean bool(String key) {
            JsonNode node = root.get(key);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isBoolean()) {
                problems.add(problem("import.api.invalidValue", key, node.toString()));
                return null;
            }
            return node.booleanValue();
        }

        private <T> T choice(String key, Function<String, T> parse) {
            String value = text(key);
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

        private static Character decimalSeparator(String value) {
            return switch (value) {
                case ",", "comma" -> ',';
                case ".", "point" -> '.';
                default -> throw new IllegalArgumentException(value);
            };
        }

        private static Delimiter delimiter(String value) {
            return switch (value) {
                case "," -> Delimiter.COMMA;
                case ";" -> Delimiter.SEMICOLON;
                case "\t" -> Delimiter.TAB;
                default -> Delimiter.valueOf(enumName(value));
            };
        }

        private static Encoding encoding(String value) {
            return switch (value.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
                case "utf8" -> Encoding.UTF_8;
                case "windows1252", "cp1252", "latin1", "iso88591" -> Encoding.WINDOWS_1252;
                case "utf16le", "utf16" -> Encoding.UTF_16LE;
                case "utf16be" -> Encoding.UTF_16BE;
                default -> throw new IllegalArgumentException(value);
            };
        }

        private static String enumName(String value) {
            return value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        }
    }
}
