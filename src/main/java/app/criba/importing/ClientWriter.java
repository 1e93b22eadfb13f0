package app.criba.importing;

import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import app.criba.client.ContractType;

/**
 * Writes client rows. A row finds its client by external reference, then by contact e-mail,
 * then by name ignoring case and accents. A found client gets the row's values for the fields
 * the file maps; a field without a column keeps what the client has. A new client takes the
 * defaults for the fields the file lacks.
 */
@Component
class ClientWriter implements RecordWriter {

    private final JdbcTemplate jdbc;

    ClientWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields of a stored client that an import can change. */
    private record StoredClient(long id, String name, String externalRef, String contactName, String contactEmail,
            ContractType contractType, int seats, LocalDate clientSince, String notes) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CLIENTS;
    }

    @Override
    public String duplicateKey(ImportRow row, ImportContext context) {
        if (row.has(Fields.EXTERNAL_REF)) {
            return "ref:" + row.text(Fields.EXTERNAL_REF);
        }
        if (row.has(Fields.CONTACT_EMAIL)) {
            return "email:" + row.text(Fields.CONTACT_EMAIL).toLowerCase(Locale.ROOT);
        }
        return row.has(Fields.NAME) ? "name:" + ClientDirectory.nameKey(row.text(Fields.NAME)) : null;
    }

    @Override
    public String duplicateField() {
        return Fields.NAME;
    }

    @Override
    public void write(List<ImportRow> rows, ImportContext context) {
        ClientDirectory clients = context.clients();
        Map<Long, StoredClient> stored = load(rows.stream()
                .map(row -> clients.find(row.text(Fields.EXTERNAL_REF), row.text(Fields.CONTACT_EMAIL),
                        row.text(Fields.NAME)))
                .filter(Objects::nonNull).toList());
        for (ImportRow row : rows) {
            Long id = clients.find(row.text(Fields.EXTERNAL_REF), row.text(Fields.CONTACT_EMAIL),
                    row.text(Fields.NAME));
            if (!namesAreFree(row, id, context)) {
                continue;
            }
            StoredClient existing = id == null ? null : stored.get(id);
            if (existing == null) {
                long created = insert(row, context);
                row.client(created, true);
                context.done(row, ImportRow.Action.CREATE);
                continue;
            }
            row.client(existing.id(), false);
            StoredClient revised = revise(existing, row);
            if (revised.equals(existing)) {
                context.done(row, ImportRow.Action.SKIP);
            } else {
                update(revised);
                clients.register(revised.id(), revised.name(), revised.externalRef(), revised.contactEmail());
                context.done(row, ImportRow.Action.UPDATE);
            }
        }
    }

    /** Rejects a row whose name or reference already belongs to another client. */
    private static boolean namesAreFree(ImportRow row, Long id, ImportContext context) {
        if (context.clients().nameTakenByOther(row.text(Fields.NAME), id)) {
            context.errors().reject(row, Fields.NAME, "import.error.clientNameTaken");
            return false;
        }
        if (row.has(Fields.EXTERNAL_REF) && context.clients().refTakenByOther(row.text(Fields.EXTERNAL_REF), id)) {
            context.errors().reject(row, Fields.EXTERNAL_REF, "import.error.clientRefTaken");
            return false;
        }
        return true;
    }

    private Map<Long, StoredClient> load(List<Long> ids) {
        Map<Long, StoredClient> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select id, name, external_ref, contact_name, contact_email, contract_type, seats, client_since, notes
                from client where id = any(?)
                """, row -> {
            found.put(row.getLong("id"), new StoredClient(row.getLong("id"), row.getString("name"),
                    row.getString("external_ref"), row.getString("contact_name"), row.getString("contact_email"),
                    ContractType.valueOf(row.getString("contract_type")), row.getInt("seats"),
                    row.getObject("client_since", LocalDate.class), row.getString("notes")));
        }, (Object) ids.toArray(Long[]::new));
        return found;
    }

    private static StoredClient revise(StoredClient existing, ImportRow row) {
        return new StoredClient(existing.id(), row.text(Fields.NAME),
                row.has(Fields.EXTERNAL_REF) ? row.text(Fields.EXTERNAL_REF) : existing.externalRef(),
                row.has(Fields.CONTACT_NAME) ? row.text(Fields.CONTACT_NAME) : existing.contactName(),
                row.has(Fields.CONTACT_EMAIL) ? row.text(Fields.CONTACT_EMAIL) : existing.contactEmail(),
                row.choice(Fields.CONTRACT_TYPE, ContractType.class, existing.contractType()),
                row.has(Fields.SEATS) ? row.integer(Fields.SEATS) : existing.seats(),
                row.has(Fields.CLIENT_SINCE) ? row.date(Fields.CLIENT_SINCE) : existing.clientSince(),
                row.has(Fields.NOTES) ? row.text(Fields.NOTES) : existing.notes());
    }

    private long insert(ImportRow row, ImportContext context) {
        ContractType contractType = row.choice(Fields.CONTRACT_TYPE, ContractType.class,
                context.mapping().contractType());
        Long id = jdbc.queryForObject("""
                insert into client (name, external_ref, contact_name, contact_email, contract_type, seats,
                                    client_since, notes, import_run_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id
                """, Long.class, row.text(Fields.NAME), row.text(Fields.EXTERNAL_REF), row.text(Fields.CONTACT_NAME),
                row.text(Fields.CONTACT_EMAIL), contractType.name(),
                row.has(Fields.SEATS) ? row.integer(Fields.SEATS) : 0, row.date(Fields.CLIENT_SINCE),
                row.text(Fields.NOTES), context.runId());
        context.clients().register(id, row.text(Fields.NAME), row.text(Fields.EXTERNAL_REF),
                row.text(Fields.CONTACT_EMAIL));
        return id;
    }

    /** Writes the revised fields and bumps the version, so that an edit form open on the client fails on save. */
    private void update(StoredClient client) {
        jdbc.update("""
                update client set name = ?, external_ref = ?, contact_name = ?, contact_email = ?,
                       contract_type = ?, seats = ?, client_since = ?, notes = ?, version = version + 1
                where id = ?
                """, statement -> {
            statement.setString(1, client.name());
            statement.setString(2, client.externalRef());
            statement.setString(3, client.contactName());
            statement.setString(4, client.contactEmail());
            statement.setString(5, client.contractType().name());
            statement.setInt(6, client.seats());
            statement.setObject(7, client.clientSince(), Types.DATE);
            statement.setString(8, client.notes());
            statement.setLong(9, client.id());
        });
    }
}
