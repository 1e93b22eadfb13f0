package app.criba.importing.web;

import org.springframework.web.multipart.MultipartFile;

import app.criba.importing.ImportKind;

/**
 * Step 1 of the import page: the kind of records, the file, and optionally where the mapping
 * starts from ("preset:KEY" or "saved:ID").
 */
record UploadForm(ImportKind kind, MultipartFile file, String source) {

    static UploadForm of(ImportKind kind) {
        return new UploadForm(kind, null, "");
    }

    ImportKind kindOrInvoices() {
        return kind == null ? ImportKind.INVOICES : kind;
    }
}
