package app.criba.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who logs in to Criba. Users are disabled, never deleted, so their records keep an author. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String preferredLanguage;

    private boolean enabled;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String email, String displayName, String passwordHash, Role role, String preferredLanguage) {
        this.email = email.trim();
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
        this.role = role;
        this.preferredLanguage = preferredLanguage;
        this.enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Checks whether this user counts towards the owners who keep the installation manageable. */
    public boolean isEnabledOwner() {
        return enabled && role == Role.OWNER;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void changePasswordHash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    void changePreferredLanguage(String language) {
        this.preferredLanguage = language;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }
}
