package app.criba.importing.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import app.criba.importing.ImportError;

/**
 * Returns the API's JSON error body for an upload to the import API that Tomcat cannot accept
 * (too large, or unparsable). Spring parses the upload before it picks a controller, so only an
 * advice without a controller selector sees these exceptions. The upload page never gets here,
 * because {@link UploadFailureFilter} handles its uploads first.
 */
@RestControllerAdvice
class UploadErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(UploadErrorHandling.class);

    private final ImportRunBody bodies;
    private final DataSize maxFileSize;

    UploadErrorHandling(ImportRunBody bodies,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.bodies = bodies;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException exception, Locale locale) {
        log.warn("Rejected an upload over the limit of {}", maxFileSize);
        ImportError error = new ImportError(null, null, null, "import.upload.tooLarge",
                List.of(UploadFailureFilter.readable(maxFileSize)));
        return reply(HttpStatus.CONTENT_TOO_LARGE, error, locale);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> unreadable(MultipartException exception, Locale locale) {
        log.warn("Rejected an upload that could not be parsed", exception);
        return reply(HttpStatus.BAD_REQUEST, new ImportError(null, null, null, "import.upload.unreadable", List.of()),
                locale);
    }

    private ResponseEntity<Map<String, Object>> reply(HttpStatus status, ImportError error, Locale locale) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(bodies.errorBody("invalid_file", List.of(error), locale));
    }
}
