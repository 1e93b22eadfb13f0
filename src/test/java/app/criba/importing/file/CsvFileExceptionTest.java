package app.criba.importing.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFileExceptionTest {

    @Test
    void carriesCodeLineAndArguments() {
        CsvFileException problem = new CsvFileException("import.file.malformed", 7, 7);

        assertThat(problem.code()).isEqualTo("import.file.malformed");
        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.args()).containsExactly(7);
        assertThat(problem.getMessage()).isEqualTo("import.file.malformed at line 7");
    }

    @Test
    void mayHaveNoLine() {
        CsvFileException problem = new CsvFileException("import.file.empty", null);

        assertThat(problem.line()).isNull();
        assertThat(problem.args()).isEmpty();
        assertThat(problem.getMessage()).isEqualTo("import.file.empty");
    }

    @Test
    void keepsItsArgumentsUnchanged() {
        CsvFileException problem = new CsvFileException("import.file.duplicateColumn", 1, "client");

        problem.args()[0] = "changed";

        assertThat(problem.args()).containsExactly("client");
    }
}
