package io.github.crmkit.segmentation.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every model, with or without covariates and spend, reads back equal to what was written. */
class ClvModelJsonProperties {
  @Test
  void readingWhatWasWrittenGivesTheSameModel() {
    qt().withExamples(2_000)
        .forAll(
            doubles().between(1e-5, 1e5),
            doubles().between(1e-5, 1e5),
            integers().between(0, 11),
            integers().between(0, 3))
        .checkAssert(
            (u, w, kindAndUnit, extras) -> {
              int kind = kindAndUnit % 3;
              TimeScale scale =
                  List.of(TimeScale.DAY, TimeScale.WEEK, TimeScale.MONTH, TimeScale.YEAR)
                      .get(kindAndUnit / 3);
              TransactionModel t =
                  switch (kind) {
                    case 0 -> new BgNbd(u, w, u * 0.5, w * 0.25, scale);
                    case 1 -> new MbgNbd(w, u, w * 0.5, u * 0.25, scale);
                    default -> new ParetoNbd(u, w, w * 0.5, u * 3, scale);
                  };
              ClvModel m;
              if ((extras & 1) != 0) {
                Map<String, Double> purchase = new LinkedHashMap<>();
                purchase.put("age", u / 1e6 - 0.5);
                purchase.put("channel=web", -w / 1e6);
                Map<String, Double> reference = new LinkedHashMap<>();
                reference.put("age", u);
                reference.put("channel=web", 0.25);
                reference.put("tenure", w);
                m =
                    ClvModel.of(
                        new CovariateModel(t, purchase, Map.of("tenure", 1e-3 * w), reference));
              } else {
                m = ClvModel.of(t);
              }
              if ((extras & 2) != 0) {
                m = m.withSpend(new GammaGamma(u + 1, w + 1, u * w + 1));
              }
              String json = ClvModelJson.write(m);
              ClvModel back = ClvModelJson.read(json);
              assertThat(back).as(json).isEqualTo(m);
              assertThat(back.transactions().getClass()).isEqualTo(t.getClass());
              assertThat(ClvModelJson.write(back)).isEqualTo(json);
            });
  }
}
