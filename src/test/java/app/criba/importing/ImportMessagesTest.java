package app.criba.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.criba.importing.file.Delimiter;
import app.criba.importing.file.Encoding;

/** Keeps the import's message keys in step between the code and both languages. */
class ImportMessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(import\\.[a-zA-Z.]+[a-zA-Z])\"");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{(import\\.[a-zA-Z.]+[a-zA-Z])[}(]");

    @Test
    void bothLanguagesHaveSameImportKeys() throws IOException {
        assertThat(importKeys("messages_en.properties")).isEqualTo(importKeys("messages_es.properties"));
    }

    @Test
    void usedKeysExistInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(Path.of("src/main/java/app/criba/importing"), KEY_IN_CODE));
        used.addAll(keysIn(Path.of("src/main/resources/templates/importing"), KEY_IN_TEMPLATE));
        for (ImportKind kind : ImportKind.values()) {
            used.add(kind.labelCode());
            used.add("import.count.created." + kind);
            for (ImportField field : kind.fields()) {
                used.add(field.labelCode());
                if (field.type() == FieldType.YES_NO) {
                    field.choices().forEach(choice -> used.add(field.choiceLabelCode(choice)));
                }
            }
        }
        Arrays.stream(ImportPreset.values()).forEach(preset -> used.add(preset.labelCode()));
        Arrays.stream(Delimiter.values()).forEach(delimiter -> used.add("import.delimiter." + delimiter));
        Arrays.stream(Encoding.values()).forEach(encoding -> used.add("import.encoding." + encoding));
        Arrays.stream(RunStatus.values()).forEach(status -> used.add("import.status." + status));
        Arrays.stream(ImportRow.Action.values()).forEach(action -> used.add("import.action." + action));
        Arrays.stream(ImportMapping.InvoiceLines.values()).forEach(lines -> used.add("import.invoiceLines." + lines));
        Stream.of("payments", "disputes").forEach(extra -> used.add("import.count.extra." + extra));
        Stream.of("upload", "mapping", "result").forEach(step -> used.add("import.step." + step));

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(importKeys("messages_es.properties")).containsAll(used);
        assertThat(importKeys("messages_en.properties")).containsAll(used);
    }

    private static Set<String> importKeys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(key -> key.startsWith("import.")).forEach(keys::add);
        return keys;
    }

    private static Set<String> keysIn(Path folder, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
