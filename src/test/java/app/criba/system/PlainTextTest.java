package app.criba.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void stripRemovesInvisibleEnds() {
        assertThat(PlainText.strip("\u00a0\u200b Acme Dental\u202f\ufeff\t")).isEqualTo("Acme Dental");
        assertThat(PlainText.strip("Peña\u202e")).isEqualTo("Peña");
        assertThat(PlainText.strip("\u00a0\u2007\u3000")).isEmpty();
    }

    @Test
    void stripKeepsInnerAndVisibleCharacters() {
        assertThat(PlainText.strip("Acme\u00a0Dental")).isEqualTo("Acme\u00a0Dental");
        assertThat(PlainText.strip("Café 😀")).isEqualTo("Café 😀");
        assertThat(PlainText.strip("مرحبا")).isEqualTo("مرحبا");
    }

    @Test
    void findsControlCharactersButNotTabs() {
        assertThat(PlainText.containsControlCharacter("a\u0000b")).isTrue();
        assertThat(PlainText.containsControlCharacter("a\u001bb")).isTrue();
        assertThat(PlainText.containsControlCharacter("a\u007fb")).isTrue();
        assertThat(PlainText.containsControlCharacter("a\u0085b")).isTrue();
        assertThat(PlainText.containsControlCharacter("line\r\n\tnext")).isFalse();
        assertThat(PlainText.containsControlCharacter("Café 😀 \u202e")).isFalse();
    }
}
