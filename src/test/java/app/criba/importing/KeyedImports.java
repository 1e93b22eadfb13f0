package app.criba.importing;

import static app.criba.importing.ImportFixtures.utf8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports test files of one kind whose header names are the field keys, such as
 * "client,invoiceNumber,paidOn,amount". Each header is mapped to its own field, so no column is
 * left to a guess, and a problem names its column by the field key. Dates are ISO dates and
 * amounts use a decimal point.
 */
final class KeyedImports {

    static final String DATE_FORMAT = "yyyy-MM-dd";

    private final ImportTester tester;
    private final ImportKind kind;
    private final Long userId;

    KeyedImports(ApplicationContext context, ImportKind kind, Long userId) {
        this.tester = new ImportTester(context);
        this.kind = kind;
        this.userId = userId;
    }

    /** Imports the file with the default of the kind for creating clients, which is not to create them. */
    ImportRun run(String csv) {
        return tester.importFile(kind.path() + ".csv", utf8(csv), mapping(csv, null), userId, Locale.ENGLISH);
    }

    ImportRun runCreatingClients(String csv) {
        return tester.importFile(kind.path() + ".csv", utf8(csv), mapping(csv, true), userId, Locale.ENGLISH);
    }

    ImportMapping mapping(String csv, Boolean createClients) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String header : csv.lines().findFirst().orElseThrow().split(",")) {
            kind.field(header).orElseThrow(() -> new IllegalArgumentException("No field " + header + " in " + kind));
            columns.put(header, header);
        }
        return new ImportMapping(kind, null, null, null, columns, Map.of(), DATE_FORMAT, '.', null, null,
                createClients, null, null, null, null);
    }

    /** Describes each problem as "line column code", for assertions that name every problem. */
    static List<String> described(ImportRun run) {
        return run.errors().stream().map(error -> error.line() + " " + error.column() + " " + error.code()).toList();
    }

    static long createClient(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("insert into client (name, contract_type) values (?, 'MANAGED') returning id",
                Long.class, name);
    }

    static boolean isScored(JdbcTemplate jdbc, long clientId) {
        return jdbc.queryForObject("select count(*) from client_score where client_id = ?", Integer.class,
                clientId) == 1;
    }
}
