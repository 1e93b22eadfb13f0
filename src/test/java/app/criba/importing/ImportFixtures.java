package app.criba.importing;

import java.nio.charset.StandardCharsets;

import org.springframework.jdbc.core.JdbcTemplate;

/** Files and helpers shared by the import tests. */
public final class ImportFixtures {

    /**
     * A Spanish export: byte-order mark, semicolons, decimal commas, day-first dates, a credit
     * note, a paid and disputed invoice, and an open disputed one.
     */
    public static final String SPANISH_FILE = """
            \uFEFFCliente;Número de factura;Fecha;Vencimiento;Importe;Fecha de cobro;Disputada;Envío
            ACME;0001;05/01/2024;04/02/2024;1.355,90;10/02/2024;Sí;Papel
            ACME;0002;05/02/2024;06/03/2024;200,00;;No;Electrónica
            Globex;0001;15/01/2024;14/02/2024;-50,00;;No;
            Globex;0003;15/01/2024;14/02/2024;80;;Sí;Domiciliación
            """;

    private ImportFixtures() {
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
