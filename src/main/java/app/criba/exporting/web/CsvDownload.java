package app.criba.exporting.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/** The answers of the export addresses: a CSV file to save, or a redirect back to the page. */
final class CsvDownload {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** Keeps a file name readable in a download folder; longer client names are cut. */
    private static final int MAX_SLUG_LENGTH = 60;

    private CsvDownload() {
    }

    /** Returns the file as an attachment, so that the browser saves it under this name. */
    static ResponseEntity<byte[]> attachment(byte[] csv, String fileName) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(csv);
    }

    /**
     * Sends the browser to the page the export belongs to, with the same parameters, so that the
     * page explains what is wrong with them (an as-of date that does not exist, say).
     */
    static ResponseEntity<byte[]> backToPage(String path, HttpServletRequest request) {
        UriComponentsBuilder page = UriComponentsBuilder.fromPath(path);
        request.getParameterMap().forEach((name, values) -> page.queryParam(name, (Object[]) values));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page.encode().build().toUri()).build();
    }

    /** Names the file after its contents and date: criba-portfolio-2026-06-30.csv. */
    static String fileName(String contents, LocalDate asOf) {
        return "criba-" + contents + "-" + asOf + ".csv";
    }

    /**
     * Turns a client name into ASCII letters, digits and hyphens for a file name: "Clínica Dental
     * Roble, S.L." becomes "clinica-dental-roble-s-l". A name with none of those becomes "client".
     */
    static String slug(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH);
        }
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "client" : slug;
    }
}
