package app.criba.importing.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import app.criba.client.ContractType;
import app.criba.importing.FieldType;
import app.criba.importing.FileView;
import app.criba.importing.ImportField;
import app.criba.importing.ImportMapping;
import app.criba.importing.ImportMapping.InvoiceLines;
import app.criba.importing.ImportSetup;
import app.criba.importing.SavedMappings;
import app.criba.importing.UploadStore;
import app.criba.importing.file.CsvFileException;
import app.criba.importing.file.DateFormats;
import app.criba.importing.file.Delimiter;
import app.criba.importing.file.Encoding;
import app.criba.invoice.BillingMethod;
import app.criba.system.FormErrors;

/** The model of the mapping step besides the form: the file as read, and the choices of each select. */
@Component
class MappingPage {

    /** A day above 12, so the example shows which part is the day and which the month. */
    private static final LocalDate EXAMPLE_DATE = LocalDate.of(2024, 1, 31);

    private final ImportSetup setup;

    MappingPage(ImportSetup setup) {
        this.setup = setup;
    }

    /** A date format as the page lists it: the pattern and the example date written in it. */
    record DateFormatChoice(String pattern, String example) {
    }

    /** Adds the upload and the file as read to the model; returns null with the problem added when it cannot be read. */
    FileView addFile(UploadStore.Upload upload, ImportMapping mapping, Model model) {
        model.addAttribute("upload", upload);
        model.addAttribute("kind", mapping.kind());
        model.addAttribute("encodings", Encoding.values());
        model.addAttribute("delimiters", Delimiter.values());
        try {
            FileView view = setup.describe(upload.file(), mapping);
            model.addAttribute("view", view);
            model.addAttribute("fileSettings", new FileSettings(view.format().encoding(), view.format().delimiter(),
                    view.format().headerLine()));
            return view;
        } catch (CsvFileException unreadable) {
            model.addAttribute("fileError", ImportSetup.toError(unreadable));
            model.addAttribute("fileSettings", new FileSettings(mapping.encoding(), mapping.delimiter(),
                    mapping.headerLine()));
            return null;
        }
    }

    void addChoices(ImportMapping mapping, FileView view, Model model) {
        List<String> fitting = setup.fittingDateFormats(mapping, view);
        List<String> shown = fitting.isEmpty() ? DateFormats.SUPPORTED : fitting;
        model.addAttribute("dateFormats", shown.stream()
                .map(pattern -> new DateFormatChoice(pattern, DateFormats.example(pattern, EXAMPLE_DATE))).toList());
        model.addAttribute("datesFit", !fitting.isEmpty());
        model.addAttribute("datesAmbiguous", setup.datesAmbiguous(mapping, view));
        model.addAttribute("fields", mapping.kind().fields());
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute("billingMethods", BillingMethod.values());
        model.addAttribute("invoiceLineChoices", InvoiceLines.values());
        model.addAttribute("valuesShown", MappingForm.VALUES_SHOWN);
    }

    /** Rejects the form's fields that keep the mapping from reading the file, before any check runs. */
    void validate(MappingForm form, ImportMapping mapping, FileView view, BindingResult result) {
        for (ImportField field : mapping.kind().fields()) {
            if (field.required() && !mapping.isMapped(field.key())) {
                FormErrors.reject(result, "columns[" + field.key() + "]", "import.mapping.missing", field.label());
            }
        }
        boolean readsDates = mapping.kind().fields().stream().anyMatch(field -> mapping.isMapped(field.key())
                && (field.type() == FieldType.DATE
                        || field.type() == FieldType.DATE_TIME));
        if (readsDates && mapping.dateFormat() == null) {
            FormErrors.reject(result, "dateFormat", "import.mapping.dateFormatMissing");
        } else if (mapping.dateFormat() != null && !DateFormats.SUPPORTED.contains(mapping.dateFormat())) {
            FormErrors.reject(result, "dateFormat", "import.mapping.dateFormatUnknown", mapping.dateFormat());
        }
        if (form.getTermsDays() != null
                && (form.getTermsDays() < 0 || form.getTermsDays() > ImportMapping.MAX_TERMS_DAYS)) {
            FormErrors.reject(result, "termsDays", "import.mapping.termsDaysInvalid", ImportMapping.MAX_TERMS_DAYS);
        }
        if (form.getSaveAs() != null && form.getSaveAs().strip().length() > SavedMappings.MAX_NAME) {
            FormErrors.reject(result, "saveAs", "import.mapping.saveAsTooLong", SavedMappings.MAX_NAME);
        }
        if (mapping.carryDownColumn() != null && !view.headers().contains(mapping.carryDownColumn())) {
            FormErrors.reject(result, "carryDownColumn", "import.mapping.carryDownUnknown", mapping.carryDownColumn());
        }
    }
}
