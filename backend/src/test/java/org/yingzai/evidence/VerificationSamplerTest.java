package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerificationSamplerTest {

  @Test
  void theSameSeedDrawsTheSameForAnApplication() {
    String id = UUID.randomUUID().toString();

    assertThat(new VerificationSampler("seed").draw(id))
        .isEqualTo(new VerificationSampler("seed").draw(id));
  }

  @Test
  void anotherSeedDrawsOtherwise() {
    String id = "a5d1c1f0-0000-4000-8000-000000000001";

    assertThat(new VerificationSampler("seed").draw(id))
        .isNotEqualTo(new VerificationSampler("other seed").draw(id));
  }

  @Test
  void withoutASeedEachStartDrawsAfresh() {
    String id = "a5d1c1f0-0000-4000-8000-000000000001";

    assertThat(new VerificationSampler("").draw(id))
        .isNotEqualTo(new VerificationSampler("").draw(id));
  }

  @Test
  void drawsSpreadEvenlyOverZeroToOne() {
    VerificationSampler sampler = new VerificationSampler("seed");
    double[] draws =
        IntStream.range(0, 10_000)
            .mapToDouble(i -> sampler.draw(String.format("app-%05d", i)))
            .toArray();

    assertThat(java.util.Arrays.stream(draws).allMatch(d -> d >= 0 && d < 1)).isTrue();
    long belowThirty = java.util.Arrays.stream(draws).filter(d -> d < 0.3).count();
    // 10,000 fixed ids: the share drawn at 30% is fixed too, and near 30%
    assertThat(belowThirty).isBetween(2_850L, 3_150L);
  }
}
