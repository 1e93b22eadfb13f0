package app.criba.account;

/** Rejects a change that would leave no enabled owner, because only an owner can manage users. */
public class LastOwnerException extends RuntimeException {

    LastOwnerException(Long userId) {
        super("User " + userId + " is the last enabled owner");
    }
}
