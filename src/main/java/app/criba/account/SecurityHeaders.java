package app.criba.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page, API response and static file. Spring Security's defaults
 * add {@code X-Content-Type-Options: nosniff}, no-cache headers, and HSTS on requests that
 * arrived over HTTPS (directly, or through a proxy that sent {@code X-Forwarded-Proto: https}).
 */
final class SecurityHeaders {

    /**
     * Allows scripts, styles, fonts and images from Criba itself only, so no inline script or
     * style attribute runs. Bootstrap's stylesheet draws some icons as data: images.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny());
    }
}
