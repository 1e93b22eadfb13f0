package app.criba.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.system.PlainText;

@Service
class CribaUserDetailsService implements UserDetailsService {

    private final Users users;

    CribaUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        // PostgreSQL rejects a NUL character in a query parameter, and no stored e-mail contains a control character.
        if (email == null || PlainText.containsControlCharacter(email)) {
            throw new UsernameNotFoundException("unknown user");
        }
        AppUser user = users.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.getEmail())
                .password(user.getPasswordHash())
                .roles(user.getRole().name())
                .disabled(!user.isEnabled())
                .build();
    }
}
