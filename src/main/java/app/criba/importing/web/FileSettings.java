package app.criba.importing.web;

import app.criba.importing.file.Delimiter;
import app.criba.importing.file.Encoding;

/** The file settings of the mapping step's "read again" form; null means detect. */
record FileSettings(Encoding encoding, Delimiter delimiter, Integer headerLine) {
}
