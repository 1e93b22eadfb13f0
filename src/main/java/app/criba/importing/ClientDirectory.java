package app.criba.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import app.criba.client.ContractType;

/**
 * The clients an import can match, loaded once per file: by external reference, then by
 * contact e-mail, then by name ignoring case and accents. Former clients are matched only by
 * external reference, because a new client may reuse a former one's name. Clients that the
 * import creates are added as it goes, so that later rows find them.
 */
final class ClientDirectory {

    private static final int MAX_EXTERNAL_REF = 100;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> byRef = new HashMap<>();
    private final Map<String, Long> byEmail = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();

    ClientDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.query("select id, name, external_ref, contact_email, status from client order by id", row -> {
            long id = row.getLong("id");
            String ref = row.getString("external_ref");
            if (ref != null) {
                byRef.putIfAbsent(ref, id);
            }
            if (!"FORMER".equals(row.getString("status"))) {
                String email = row.getString("contact_email");
                if (email != null) {
                    byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), id);
                }
                byName.putIfAbsent(nameKey(row.getString("name")), id);
            }
        });
    }

    /** Finds the client that a value in a client column names: reference, e-mail or name. */
    Long find(String value) {
        Long id = byRef.get(value);
        if (id == null) {
            id = byEmail.get(value.toLowerCase(Locale.ROOT));
        }
        return id != null ? id : byName.get(nameKey(value));
    }

    /** Finds a client by each of the keys a client file gives, in order; null when none matches. */
    Long find(String externalRef, String email, String name) {
        Long id = externalRef == null ? null : byRef.get(externalRef);
        if (id == null && email != null) {
            id = byEmail.get(email.toLowerCase(Locale.ROOT));
        }
        if (id == null && name != null) {
            id = byName.get(nameKey(name));
        }
        return id;
    }

    /** Whether another client than this one already has the name, ignoring case and accents. */
    boolean nameTakenByOther(String name, Long id) {
        Long owner = byName.get(nameKey(name));
        return owner != null && !owner.equals(id);
    }

    boolean refTakenByOther(String externalRef, Long id) {
        Long owner = byRef.get(externalRef);
        return owner != null && !owner.equals(id);
    }

    /**
     * Creates a client named by a value in a client column of another kind of file. The value
     * also becomes its external reference when it fits, so that the next import of the same file
     * finds it whether the column holds codes or names.
     */
    long createFromValue(String value, ContractType contractType, long runId) {
        String ref = value.length() <= MAX_EXTERNAL_REF && !byRef.containsKey(value) ? value : null;
        Long id = jdbc.queryForObject("""
                insert into client (name, external_ref, contract_type, import_run_id) values (?, ?, ?, ?)
                returning id
                """, Long.class, value, ref, contractType.name(), runId);
        register(id, value, ref, null);
        return id;
    }

    void register(long id, String name, String externalRef, String email) {
        if (externalRef != null) {
            byRef.put(externalRef, id);
        }
        if (email != null) {
            byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), id);
        }
        byName.put(nameKey(name), id);
    }

    /** Lower-cases, drops accents and collapses spaces, so that "CAFÉ  Soler" finds "Café Soler". */
    static String nameKey(String name) {
        String withoutAccents = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
