package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileFormatTest {

    @Test
    void acceptsHeaderOnFirstLine() {
        assertThat(new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 1).headerLine()).isEqualTo(1);
    }

    @Test
    void rejectsHeaderLineBelowOne() {
        assertThatThrownBy(() -> new FileFormat(Encoding.UTF_8, Delimiter.COMMA, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingEncodingOrDelimiter() {
        assertThatThrownBy(() -> new FileFormat(null, Delimiter.COMMA, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FileFormat(Encoding.UTF_8, null, 1)).isInstanceOf(NullPointerException.class);
    }
}
