package app.criba.system;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Starts the comparisons that an edit page shows when a save meets a newer version of the record. */
@Component
public class EditConflicts {

    private final Formats formats;
    private final MessageSource messages;

    EditConflicts(Formats formats, MessageSource messages) {
        this.formats = formats;
        this.messages = messages;
    }

    /** Starts an empty comparison, formatted for the current request's locale. */
    public EditConflict compare() {
        return new EditConflict(formats, messages);
    }
}
