package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterTest {

    @Test
    void givesTheCharacterBetweenValues() {
        assertThat(Delimiter.COMMA.character()).isEqualTo(',');
        assertThat(Delimiter.SEMICOLON.character()).isEqualTo(';');
        assertThat(Delimiter.TAB.character()).isEqualTo('\t');
    }
}
