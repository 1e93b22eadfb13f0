package app.criba.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import app.criba.system.DatabaseOutage;

/**
 * Reads the logged-in user again on every page request, so that the owner's changes apply at
 * once: a disabled user's session ends, and a changed role replaces the one from the login.
 */
class SessionUserCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionUserCheck.class);

    private final Users users;
    private final DatabaseOutage outage;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionUserCheck(Users users, DatabaseOutage outage) {
        this.users = users;
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()) {
            Optional<AppUser> user;
            try {
                user = users.findByEmail(authentication.getName()).filter(AppUser::isEnabled);
            } catch (RuntimeException failure) {
                if (!outage.isCauseOf(failure)) {
                    throw failure;
                }
                // The page itself needs the database too, so it answers 503 with the localized page.
                log.debug("Could not check the session's user because the database is not reachable: {}",
                        failure.toString());
                chain.doFilter(request, response);
                return;
            }
            if (user.isEmpty()) {
                endSession(request);
            } else if (!roleOf(authentication).equals(Set.of(user.get().getRole().authority()))) {
                replaceRole(authentication, user.get().getRole(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static Set<String> roleOf(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).collect(Collectors.toSet());
    }

    private static void endSession(HttpServletRequest request) {
        log.info("Ended the session of a user who is disabled or no longer exists");
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void replaceRole(Authentication authentication, Role role, HttpServletRequest request,
            HttpServletResponse response) {
        // Other authorities, such as the factor that Spring Security records at login, stay.
        List<GrantedAuthority> authorities = new ArrayList<>(authentication.getAuthorities().stream()
                .filter(authority -> !authority.getAuthority().startsWith("ROLE_")).toList());
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), null, authorities);
        updated.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
