package app.criba.importing.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Reads the body of an upload to the import page before Spring Security does. When the file is over
 * the size limit, or the body cannot be parsed (a file name with a NUL character), Tomcat fails in
 * the middle of the CSRF check and responds with its own untranslated error page. This filter sends
 * the user back to the upload page with a message instead. It must run before Spring Security.
 */
class UploadFailureFilter extends OncePerRequestFilter {

    static final String UPLOAD_PATH = "/imports/new";
    private static final Logger log = LoggerFactory.getLogger(UploadFailureFilter.class);

    private final DataSize maxFileSize;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadFailureFilter(DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // Parses the whole body now; Tomcat keeps the parts for the handler.
            new StandardMultipartHttpServletRequest(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            log.warn("Rejected an upload to the import page over the limit of {}", maxFileSize);
            returnToUploadPage(request, response, "import.upload.tooLarge", readable(maxFileSize));
            return;
        } catch (MultipartException unreadable) {
            log.warn("Rejected an upload to the import page that could not be parsed", unreadable);
            returnToUploadPage(request, response, "import.upload.unreadable");
            return;
        }
        chain.doFilter(request, response);
    }

    private void returnToUploadPage(HttpServletRequest request, HttpServletResponse response, String messageCode,
            Object... messageArgs) throws IOException {
        String target = request.getContextPath() + UPLOAD_PATH;
        FlashMap flash = new FlashMap();
        flash.put("failure", messageCode);
        if (messageArgs.length > 0) {
            flash.put("failureArgs", messageArgs);
        }
        flash.setTargetRequestPath(target);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(target);
    }

    /** Writes the size in whole megabytes, or in kilobytes below one megabyte, such as "50 MB". */
    static String readable(DataSize size) {
        return size.toMegabytes() >= 1 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
