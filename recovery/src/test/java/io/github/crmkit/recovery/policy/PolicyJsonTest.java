package io.github.crmkit.recovery.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmkit.core.DefinitionFormatException;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {
  @Test
  void roundTripIsLossless() {
    RecoveryPolicy p = RecoveryPolicyTest.policy();
    String json = PolicyJson.write(p);
    assertThat(PolicyJson.read(json)).isEqualTo(p);
    assertThat(PolicyJson.write(PolicyJson.read(json))).isEqualTo(json);
    assertThat(json).contains("\"failureType\": \"outcome\"", "\"rounding\": \"HALF_UP\"");
  }

  @Test
  void badFilesFailWithThePathAndTheProblem() {
    String good = PolicyJson.write(RecoveryPolicyTest.policy());
    assertThatThrownBy(() -> PolicyJson.read("{\"version\": "))
        .isInstanceOf(DefinitionFormatException.class)
        .hasMessageStartingWith("$: malformed JSON");
    assertThatThrownBy(() -> PolicyJson.read(good.replace("\"credit\"", "\"voucher\"")))
        .isInstanceOfSatisfying(
            DefinitionFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.compensation[0].kind");
              assertThat(e.problem()).contains("'voucher'");
            });
    assertThatThrownBy(() -> PolicyJson.read(good.replace("\"PT8H\"", "\"8 hours\"")))
        .hasMessageStartingWith("$.respondWithin[2]: expected an ISO-8601 duration");
    assertThatThrownBy(() -> PolicyJson.read(good.replace("\"version\"", "\"@class\"")))
        .hasMessageStartingWith("$.@class: unexpected member");
    assertThatThrownBy(
            () -> PolicyJson.read(good.replace("\"minSeverity\": 3", "\"minSeverity\": 9")))
        .hasMessageStartingWith("$.compensation[1]: minSeverity must be 1 to 5");
    assertThatThrownBy(() -> PolicyJson.read(good.replace("\"KRW 1000\"", "\"KRW lots\"")))
        .hasMessageStartingWith("$.compensation[0].floor");
    assertThatThrownBy(() -> PolicyJson.read(" ".repeat(PolicyJson.MAX_CHARS + 1)))
        .hasMessageContaining("more than the limit");
    assertThatThrownBy(() -> PolicyJson.read("[".repeat(70) + "]".repeat(70)))
        .hasMessageStartingWith("$: malformed JSON");
    assertThatThrownBy(() -> PolicyJson.read("[]")).hasMessageStartingWith("$: expected an object");
  }
}
