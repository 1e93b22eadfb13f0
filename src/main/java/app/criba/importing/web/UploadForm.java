package app.criba.importing.web;

import org.springframework.web.multipart.MultipartFile;

import app.criba.importing.Delimiter;

/** Step 1 of the import page: the file and, when detection would pick wrong, its delimiter. */
record UploadForm(MultipartFile file, Delimiter delimiter) {

    static UploadForm empty() {
        return new UploadForm(null, Delimiter.AUTO);
    }

    Delimiter delimiterOrAuto() {
        return delimiter == null ? Delimiter.AUTO : delimiter;
    }
}
