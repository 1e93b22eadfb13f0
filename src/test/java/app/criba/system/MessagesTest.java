package app.criba.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.criba.activity.InteractionKind;
import app.criba.client.ClientStatus;
import app.criba.client.ContractType;
import app.criba.dispute.DisputeStatus;
import app.criba.invoice.BillingMethod;
import app.criba.invoice.InvoiceKind;
import app.criba.recommendation.RecommendationResponse;
import app.criba.scoring.Grade;
import app.criba.scoring.engine.RelationshipPart;

/** Keeps the Spanish and English message files in step with each other and with the code that uses them. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    private static final Pattern CODE_LITERAL = Pattern.compile(
            "\"((?:reason|error|setup|model|portfolio|sample|import|client|invoice|dispute|interaction|recommendation|gutCheck|timeEntry)\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> spanish = load("messages_es.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();

        assertThat(difference(english, spanish)).as("keys missing in messages_es.properties").isEmpty();
        assertThat(difference(spanish, english)).as("keys missing in messages_en.properties").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceOrLeftEmpty() throws IOException {
        for (String file : List.of("messages_es.properties", "messages_en.properties")) {
            Set<String> seen = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            for (String line : Files.readAllLines(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith(" ")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('=')).trim();
                if (!seen.add(key)) {
                    duplicates.add(key);
                }
            }
            assertThat(duplicates).as("keys defined twice in %s", file).isEmpty();
            load(file).forEach((key, value) -> assertThat(value.toString()).as("%s in %s", key, file).isNotBlank());
        }
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = load("messages_en.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                collect(STATIC_KEY, Files.readString(template), used);
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                collect(CODE_LITERAL, Files.readString(source), used);
            }
        }
        used.removeIf(key -> key.endsWith("."));

        assertThat(difference(used, keys)).as("keys used but missing from the message files").isEmpty();
    }

    @Test
    void everyEnumValueShownOnAPageHasALabel() throws IOException {
        Set<String> keys = load("messages_en.properties").stringPropertyNames();
        List<Class<? extends Enum<?>>> labelled = List.of(ContractType.class, ClientStatus.class, BillingMethod.class,
                InvoiceKind.class, InteractionKind.class, DisputeStatus.class, RecommendationResponse.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : labelled) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        for (Grade grade : Grade.values()) {
            if (!keys.contains("grade." + grade + ".meaning")) {
                missing.add("grade." + grade + ".meaning");
            }
        }
        for (RelationshipPart part : RelationshipPart.values()) {
            if (!keys.contains("scorecard.part." + part)) {
                missing.add("scorecard.part." + part);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessagePatternFormats() throws IOException {
        for (String language : List.of("es", "en")) {
            Properties messages = load("messages_" + language + ".properties");
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                if (!pattern.contains("{")) {
                    continue;
                }
                for (int count : new int[] { 0, 1, 2 }) {
                    Object[] args = java.util.Collections.nCopies(8, (Object) count).toArray();
                    assertThat(new java.text.MessageFormat(pattern, java.util.Locale.forLanguageTag(language))
                            .format(args)).as("%s in %s with %d", key, language, count).doesNotContain("{");
                }
            }
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(file));
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
