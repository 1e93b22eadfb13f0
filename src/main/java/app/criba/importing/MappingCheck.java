package app.criba.importing;

import java.util.ArrayList;
import java.util.List;

import app.criba.importing.file.DateFormats;

/** Lists what keeps a mapping from reading a file: required fields without a column, unknown columns, no date format. */
final class MappingCheck {

    private MappingCheck() {
    }

    static List<ImportError> problems(ImportMapping mapping, List<String> headers) {
        List<ImportError> problems = new ArrayList<>();
        boolean readsDates = false;
        for (ImportField field : mapping.kind().fields()) {
            String column = mapping.column(field.key());
            if (column == null) {
                if (field.required()) {
                    problems.add(ImportError.ofFile(null, "import.mapping.missing", field.label()));
                }
                continue;
            }
            if (ValueReader.indexOf(headers, column) < 0) {
                problems.add(new ImportError(null, column, null, "import.mapping.unknownColumn",
                        List.of(field.label(), column)));
            }
            readsDates |= field.type() == FieldType.DATE || field.type() == FieldType.DATE_TIME;
            if (field.type() == FieldType.CHOICE) {
                mapping.valueTable(field.key()).forEach((text, choice) -> {
                    if (!field.choices().contains(choice)) {
                        problems.add(ImportError.ofFile(null, "import.mapping.choiceUnknown", field.label(), text,
                                choice));
                    }
                });
            }
        }
        if (readsDates && mapping.dateFormat() == null) {
            problems.add(ImportError.ofFile(null, "import.mapping.dateFormatMissing"));
        } else if (mapping.dateFormat() != null && !DateFormats.SUPPORTED.contains(mapping.dateFormat())) {
            problems.add(ImportError.ofFile(null, "import.mapping.dateFormatUnknown", mapping.dateFormat()));
        }
        if (mapping.carryDownColumn() != null && ValueReader.indexOf(headers, mapping.carryDownColumn()) < 0) {
            problems.add(new ImportError(null, mapping.carryDownColumn(), null, "import.mapping.carryDownUnknown",
                    List.of(mapping.carryDownColumn())));
        }
        return problems;
    }
}
