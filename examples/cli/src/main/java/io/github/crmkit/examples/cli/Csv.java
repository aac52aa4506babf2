package io.github.crmkit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming reader of delimited text with a header line: a single-character delimiter or any run
 * of whitespace; fields may be quoted with double quotes (a doubled quote inside is one quote).
 */
final class Csv {
  /** Called for each data line. */
  interface Row {
    void accept(String[] fields, long line);
  }

  private final Path file;
  private final String delimiter;

  Csv(Path file, String delimiter) {
    this.file = file;
    this.delimiter = delimiter;
  }

  /** Returns the column index of each header name, lower-cased. */
  Map<String, Integer> read(Row row) {
    if (!Files.isReadable(file)) {
      throw new DataException(file.toString(), 0, "cannot read the file");
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new DataException(file.toString(), 1, "the file is empty; a header line is needed");
      }
      Map<String, Integer> columns = new HashMap<>();
      String[] names = split(header.replace("\uFEFF", ""), 1);
      for (int i = 0; i < names.length; i++) {
        columns.put(names[i].trim().toLowerCase(Locale.ROOT), i);
      }
      String lineText;
      long line = 1;
      while ((lineText = in.readLine()) != null) {
        line++;
        if (lineText.isBlank()) {
          continue;
        }
        row.accept(split(lineText, line), line);
      }
      return columns;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  String[] split(String text, long line) {
    if (delimiter.equals("whitespace")) {
      return text.trim().split("\\s+", -1);
    }
    char d = delimiter.charAt(0);
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.length() == 0) {
        quoted = true;
      } else if (c == d) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw new DataException(file.toString(), line, "unterminated quoted field");
    }
    out.add(cur.toString().trim());
    return out.toArray(new String[0]);
  }

  String name() {
    return file.toString();
  }
}
