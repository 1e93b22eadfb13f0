package app.criba.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import app.criba.account.ApiTokenService.TokenHolder;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer <token>}. An unknown or
 * revoked token, or the token of a disabled user, gets the 401 response at once. A request
 * without a bearer token goes on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenHolder> holder = tokens.authenticate(header.substring(SCHEME.length()).trim());
        if (holder.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(holder.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static UsernamePasswordAuthenticationToken authentication(TokenHolder holder) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(holder.user().getRole().authority()));
        if (holder.access() == TokenAccess.READ_ONLY) {
            authorities.add(new SimpleGrantedAuthority(AccessRules.READ_ONLY_TOKEN));
        }
        return UsernamePasswordAuthenticationToken.authenticated(holder.user().getEmail(), null, authorities);
    }
}
