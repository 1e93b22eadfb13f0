package app.criba.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Fails on words written straight into a template: every text a user reads must come from the
 * message files. Text inside an element whose content Thymeleaf replaces (th:text, th:utext, th:errors,
 * th:replace, th:insert) is only a design-time placeholder and is allowed.
 */
class TemplateTextTest {

    /** Names and symbols that read the same in every language. */
    private static final Set<String> ALLOWED = Set.of("Criba", "ES", "EN");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");

    @Test
    void templatesHoldNoLiteralText() throws IOException, ParseException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                literals.addAll(findLiterals(template));
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<String> findLiterals(Path template) throws IOException, ParseException {
        LiteralFinder finder = new LiteralFinder(template.toString());
        new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(template), finder);
        return finder.literals;
    }

    private static final class LiteralFinder extends AbstractMarkupHandler {

        private final String file;
        private final List<String> literals = new ArrayList<>();
        /** For each open element, whether its content is replaced at render time. */
        private final Deque<Boolean> replaced = new ArrayDeque<>();
        private boolean currentReplaced;
        private String currentElement;

        LiteralFinder(String file) {
            this.file = file;
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            currentElement = new String(buffer, offset, len);
            currentReplaced = !replaced.isEmpty() && replaced.peek();
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line,
                int col) {
            currentElement = new String(buffer, offset, len);
            currentReplaced = !replaced.isEmpty() && replaced.peek();
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
                int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
            String name = new String(buffer, nameOffset, nameLen);
            if (Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors").contains(name)) {
                currentReplaced = true;
            }
            String value = new String(buffer, valueContentOffset, valueContentLen);
            if (TEXT_ATTRIBUTES.contains(name) && hasWords(value)) {
                literals.add(file + ":" + nameLine + " attribute " + name + "=\"" + value + "\"");
            }
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            replaced.push(currentReplaced);
        }

        @Override
        public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
            if (!replaced.isEmpty()) {
                replaced.pop();
            }
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            String text = new String(buffer, offset, len).trim();
            boolean insideReplaced = !replaced.isEmpty() && replaced.peek();
            if (!insideReplaced && hasWords(text) && !ALLOWED.contains(text) && !"title".equals(currentElement)) {
                literals.add(file + ":" + line + " text \"" + text + "\"");
            }
        }

        private static boolean hasWords(String text) {
            return text.codePoints().filter(Character::isLetter).count() >= 2;
        }
    }
}
