package io.github.crmkit.rewards;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A member's statement: one line per posting, in the member's language, with the balance after
 * each, then the totals. Lines are written from resource bundles ({@code
 * io.github.crmkit.rewards.Statement}, English and Korean shipped; a host adds a language with a
 * bundle of its own, no code); dates are shown in the programme's zone.
 *
 * @param member the member's id
 * @param locale the locale the lines are in
 * @param lines the posting lines, in posting order
 * @param summary the totals line
 * @since 0.2
 */
public record Statement(String member, Locale locale, List<String> lines, String summary) {
  /**
   * Copies the lines.
   *
   * @param member the member
   * @param locale the locale
   * @param lines the lines
   * @param summary the summary
   * @throws NullPointerException if a component is null
   */
  public Statement {
    java.util.Objects.requireNonNull(member, "member must not be null");
    java.util.Objects.requireNonNull(locale, "locale must not be null");
    java.util.Objects.requireNonNull(summary, "summary must not be null");
    lines = List.copyOf(lines);
  }

  static Statement of(Ledger ledger, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle("io.github.crmkit.rewards.Statement", locale);
    ZoneId zone = ledger.programme().zone();
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    List<String> lines = new ArrayList<>();
    long balance = 0;
    for (Posting p : ledger.postings()) {
      balance += p.balanceChange();
      StringBuilder lots = new StringBuilder();
      for (Posting.LotChange c : p.lots()) {
        if (lots.length() > 0) {
          lots.append(", ");
        }
        lots.append('#').append(c.lot()).append(' ').append(signed(c.points()));
      }
      lines.add(
          new MessageFormat(b.getString("line"), locale)
              .format(
                  new Object[] {
                    format(dates, p.at()),
                    b.getString("kind." + p.kind().code()),
                    p.event(),
                    signed(p.balanceChange()),
                    lots.length() == 0 ? "-" : lots.toString(),
                    p.debtChange() == 0 ? "" : b.getString("debt") + " " + signed(p.debtChange()),
                    Long.toString(balance)
                  }));
    }
    String summary =
        new MessageFormat(b.getString("summary"), locale)
            .format(
                new Object[] {
                  Long.toString(ledger.available()),
                  Long.toString(ledger.pending()),
                  Long.toString(ledger.debt()),
                  ledger.tier().map(Tier::name).orElse(b.getString("noTier")),
                  Long.toString(ledger.qualifying()),
                  format(dates, ledger.asOf())
                });
    return new Statement(ledger.member().value(), locale, lines, summary);
  }

  private static String format(DateTimeFormatter f, Instant t) {
    return f.format(t);
  }

  private static String signed(long v) {
    return v > 0 ? "+" + v : Long.toString(v);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (String l : lines) {
      s.append(l).append('\n');
    }
    return s.append(summary).toString();
  }
}
