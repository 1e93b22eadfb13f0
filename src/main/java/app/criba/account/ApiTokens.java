package app.criba.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("select t from ApiToken t where t.userId = ?1 order by t.revokedAt desc nulls first, t.createdAt desc, t.id desc")
    List<ApiToken> findByUser(Long userId);

    Optional<ApiToken> findByIdAndUserId(Long id, Long userId);

    /** Records a use, unless the last recorded use is less than a minute old. */
    @Modifying
    @Query(value = "update api_token set last_used_at = now() where id = ?1 "
            + "and (last_used_at is null or last_used_at < now() - interval '1 minute')", nativeQuery = true)
    int recordUse(Long id);
}
