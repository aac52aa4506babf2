package io.github.crmkit.examples.cli;

import io.github.crmkit.io.JdbcPurchases;
import io.github.crmkit.io.SourceFormatException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Purchases read from a database with crmkit-io's JDBC reader ({@code --jdbc-url URL --query SQL}):
 * the user and password come from the environment variables {@code CRMKIT_JDBC_USER} and {@code
 * CRMKIT_JDBC_PASSWORD}, never the command line; a password written into the URL is redacted in
 * every message.
 */
final class DatabaseSource {
  private DatabaseSource() {}

  /** The description of the source in messages. */
  static String name(String url) {
    return "query at " + redact(url);
  }

  /** A JDBC URL without its password parameter, if it has one. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** Runs the query and reads its (customer id, instant, amount) rows. */
  static PurchaseFile read(String url, String query, Inputs inputs) {
    Properties props = new Properties();
    String user = System.getenv("CRMKIT_JDBC_USER");
    String password = System.getenv("CRMKIT_JDBC_PASSWORD");
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", password);
    }
    JdbcPurchases.Options options = JdbcPurchases.Options.of(inputs.currency, inputs.zone);
    try (Connection c = DriverManager.getConnection(url, props)) {
      return PurchaseFile.of(JdbcPurchases.read(c, query, options));
    } catch (SQLException e) {
      throw new DataException(
          name(url), 0, "the database failed: " + redact(String.valueOf(e.getMessage())));
    } catch (SourceFormatException e) {
      throw new DataException(name(url), e.row(), e.getMessage());
    }
  }
}
