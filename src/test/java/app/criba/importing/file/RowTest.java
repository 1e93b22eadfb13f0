package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RowTest {

    @Test
    void stripsInvisibleCharactersAroundValue() {
        Row row = new Row(2, List.of(" ACME\u00A0", "\u200B12 "));

        assertThat(row.value(0)).isEqualTo("ACME");
        assertThat(row.value(1)).isEqualTo("12");
        assertThat(row.values()).containsExactly(" ACME\u00A0", "\u200B12 ");
    }

    @Test
    void givesEmptyValuePastTheEnd() {
        Row row = new Row(2, List.of("ACME"));

        assertThat(row.value(3)).isEmpty();
        assertThat(row.size()).isEqualTo(1);
    }

    @Test
    void copiesTheValues() {
        List<String> values = new ArrayList<>(List.of("a", "b"));
        Row row = new Row(2, values);

        values.set(0, "changed");

        assertThat(row.value(0)).isEqualTo("a");
    }
}
