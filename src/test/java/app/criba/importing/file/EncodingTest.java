package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodingTest {

    @Test
    void namesTheJavaCharset() {
        assertThat(Encoding.UTF_8.charset().name()).isEqualTo("UTF-8");
        assertThat(Encoding.WINDOWS_1252.charset().name()).isEqualTo("windows-1252");
        assertThat(Encoding.UTF_16LE.charset().name()).isEqualTo("UTF-16LE");
        assertThat(Encoding.UTF_16BE.charset().name()).isEqualTo("UTF-16BE");
    }

    @Test
    void windows1252HasTheEuroSign() {
        assertThat(new String(new byte[] { (byte) 0x80 }, Encoding.WINDOWS_1252.charset())).isEqualTo("€");
    }
}
