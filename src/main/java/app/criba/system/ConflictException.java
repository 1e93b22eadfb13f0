package app.criba.system;

/** A change that cannot be applied to the record as it stands now; shown as a 409 page. */
public class ConflictException extends RuntimeException {

    private final String messageCode;

    public ConflictException(String messageCode, String detail) {
        super(detail);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
