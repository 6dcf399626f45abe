package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PageResponseTest {

  private final AtomicInteger counted = new AtomicInteger();

  private LongSupplier count(long total) {
    return () -> {
      counted.incrementAndGet();
      return total;
    };
  }

  @Test
  void aFirstPageThatIsNotFullIsTheWholeListAndIsNotCounted() {
    PageResponse<String> page =
        PageResponse.read(List.of("a", "b"), new PageRequest(0, 20), count(99));

    assertThat(page.totalElements()).isEqualTo(2);
    assertThat(page.content()).containsExactly("a", "b");
    assertThat(counted).hasValue(0);
  }

  @Test
  void anEmptyFirstPageMeansNothingToCount() {
    PageResponse<String> page = PageResponse.read(List.of(), new PageRequest(0, 20), count(99));

    assertThat(page.totalElements()).isZero();
    assertThat(counted).hasValue(0);
  }

  @Test
  void aLaterPageThatIsNotFullEndsTheListAfterItsOffset() {
    PageResponse<String> page = PageResponse.read(List.of("u"), new PageRequest(2, 10), count(99));

    assertThat(page.totalElements()).isEqualTo(21);
    assertThat(counted).hasValue(0);
  }

  @Test
  void aFullPageIsCountedForTheTotal() {
    PageResponse<String> page =
        PageResponse.read(List.of("a", "b"), new PageRequest(0, 2), count(7));

    assertThat(page.totalElements()).isEqualTo(7);
    assertThat(counted).hasValue(1);
  }

  @Test
  void aCountThatFellBelowAFullPageAfterItWasReadSaysAtLeastWhatThePageShowed() {
    PageResponse<String> page =
        PageResponse.read(List.of("a", "b"), new PageRequest(1, 2), count(3));

    assertThat(page.totalElements()).isEqualTo(4);
  }

  @Test
  void anEmptyPageBeyondTheFirstIsCountedSinceTheListMayEndAnywhereBeforeIt() {
    PageResponse<String> page = PageResponse.read(List.of(), new PageRequest(5, 10), count(12));

    assertThat(page.totalElements()).isEqualTo(12);
    assertThat(page.page()).isEqualTo(5);
    assertThat(counted).hasValue(1);
  }
}
