package app.criba.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The user behind the current request, for the "logged by" and "rater" of new records. */
@Component
public class CurrentUser {

    private final Users users;

    CurrentUser(Users users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByEmail(authentication.getName());
    }

    /** Returns the logged-in user, for pages that only a logged-in user can open. */
    @Transactional(readOnly = true)
    public AppUser require() {
        return find().orElseThrow(() -> new IllegalStateException("No logged-in user"));
    }
}
