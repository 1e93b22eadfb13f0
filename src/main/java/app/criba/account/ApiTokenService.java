package app.criba.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.criba.system.NotFoundException;

/**
 * Creates, lists, revokes and checks personal API tokens. A token is {@value #PREFIX} followed by
 * 32 random bytes in URL-safe Base64; the database keeps only its SHA-256 hash, which is enough
 * for a value with 256 random bits, so a stolen database does not reveal any token.
 */
@Service
public class ApiTokenService {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    static final String PREFIX = "criba_";
    private static final int RANDOM_BYTES = 32;

    private final ApiTokens tokens;
    private final Users users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokens tokens, Users users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** The stored token and the token itself, which exists only in this object and is shown once. */
    public record CreatedToken(ApiToken token, String secret) {
    }

    /** A valid token's user and what the token allows. */
    public record TokenHolder(AppUser user, TokenAccess access) {
    }

    @Transactional
    public CreatedToken create(AppUser user, String name, TokenAccess access) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(user.getId(), name, hash(secret), access));
        log.info("User {} created API token {} ({})", user.getId(), token.getId(), access);
        return new CreatedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> listOf(AppUser user) {
        return tokens.findByUser(user.getId());
    }

    /** Revokes one of the user's own tokens; another user's token counts as not found. */
    @Transactional
    public ApiToken revoke(AppUser user, Long tokenId) {
        ApiToken token = tokens.findByIdAndUserId(tokenId, user.getId())
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        token.revoke(clock.instant());
        log.info("User {} revoked API token {}", user.getId(), token.getId());
        return token;
    }

    /**
     * Finds the enabled user of a token that is not revoked, and records the use at most once a
     * minute. Returns empty for an unknown or revoked token and for a disabled user.
     */
    @Transactional
    public Optional<TokenHolder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(secret)).filter(token -> !token.isRevoked());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<AppUser> user = users.findById(token.getUserId()).filter(AppUser::isEnabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        tokens.recordUse(token.getId());
        return Optional.of(new TokenHolder(user.get(), token.getAccess()));
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", missing);
        }
    }
}
