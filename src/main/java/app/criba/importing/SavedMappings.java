package app.criba.importing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Mappings saved under a name, per kind of record, to read the next file of the same layout in one step. */
@Repository
public class SavedMappings {

    public static final int MAX_NAME = 100;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SavedMappings(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A saved mapping as the lists show it. */
    public record Saved(long id, ImportKind kind, String name, ImportMapping mapping) {
    }

    /** Saves the mapping under the name, replacing the kind's mapping of the same name ignoring case. */
    public void save(String name, ImportMapping mapping, Long userId) {
        String document = json.writeValueAsString(mapping);
        int replaced = jdbc.update("""
                update import_mapping set name = ?, mapping = ?::jsonb, updated_at = now()
                where kind = ? and lower(name) = lower(?)
                """, name, document, mapping.kind().name(), name);
        if (replaced == 0) {
            jdbc.update("""
                    insert into import_mapping (kind, name, mapping, created_by_id) values (?, ?, ?::jsonb, ?)
                    on conflict (kind, lower(name)) do update set mapping = excluded.mapping, updated_at = now()
                    """, mapping.kind().name(), name, document, userId);
        }
    }

    public List<Saved> list(ImportKind kind) {
        return jdbc.query("select id, kind, name, mapping from import_mapping where kind = ? order by lower(name)",
                (row, index) -> new Saved(row.getLong("id"), ImportKind.valueOf(row.getString("kind")),
                        row.getString("name"), json.readValue(row.getString("mapping"), ImportMapping.class)),
                kind.name());
    }

    public Optional<Saved> find(long id) {
        return jdbc.query("select id, kind, name, mapping from import_mapping where id = ?",
                (row, index) -> new Saved(row.getLong("id"), ImportKind.valueOf(row.getString("kind")),
                        row.getString("name"), json.readValue(row.getString("mapping"), ImportMapping.class)), id)
                .stream().findFirst();
    }

    public Optional<Saved> findByName(ImportKind kind, String name) {
        return list(kind).stream().filter(saved -> saved.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public boolean delete(long id) {
        return jdbc.update("delete from import_mapping where id = ?", id) == 1;
    }
}
