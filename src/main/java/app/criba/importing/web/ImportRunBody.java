package app.criba.importing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.criba.importing.ImportError;
import app.criba.importing.ImportRun;
import app.criba.importing.ImportUndo;

/** Builds the API's JSON for an import run and for problems, with each message in the caller's language. */
@Component
class ImportRunBody {

    private final MessageSource messages;

    ImportRunBody(MessageSource messages) {
        this.messages = messages;
    }

    /** One problem as the API reports it; line, column and value are null when they do not apply. */
    record ErrorBody(Integer line, String column, String value, String code, String message) {
    }

    Map<String, Object> of(ImportRun run, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", run.id());
        body.put("kind", run.kind().path());
        body.put("status", run.status().name());
        body.put("fileName", run.fileName());
        body.put("startedBy", run.userName());
        body.put("startedAt", run.startedAt());
        body.put("finishedAt", run.finishedAt());
        body.put("rowsRead", run.rowsRead());
        body.put("rowsEstimated", run.rowsTotal());
        body.put("percentDone", run.percentDone());
        body.put("created", run.counts().created());
        body.put("updated", run.counts().updated());
        body.put("skipped", run.counts().skipped());
        body.put("clientsCreated", run.counts().clientsCreated());
        body.put("otherRecordsCreated", run.counts().extra());
        body.put("createdClients", run.counts().createdClientNames());
        body.put("errorCount", run.errorCount());
        body.put("errors", errors(run.errors(), locale));
        body.put("mapping", run.mapping());
        body.put("undoneAt", run.undoneAt());
        return body;
    }

    Map<String, Object> errorBody(String kind, List<ImportError> errors, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", kind);
        body.put("errors", errors(errors, locale));
        return body;
    }

    List<Map<String, Object>> blockers(List<ImportUndo.Blocker> blockers, Locale locale) {
        return blockers.stream().map(blocker -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", blocker.code());
            body.put("count", blocker.count());
            body.put("message", messages.getMessage(blocker.code(), new Object[] { blocker.count() }, blocker.code(),
                    locale));
            return body;
        }).toList();
    }

    private List<ErrorBody> errors(List<ImportError> errors, Locale locale) {
        return errors.stream()
                .map(error -> new ErrorBody(error.line(), error.column(), error.value(), error.code(),
                        messages.getMessage(error.code(), error.argsArray(), error.code(), locale)))
                .toList();
    }
}
