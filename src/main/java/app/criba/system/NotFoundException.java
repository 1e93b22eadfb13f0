package app.criba.system;

/** A record that a request names does not exist; shown as a 404 page or API answer. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
    }
}
