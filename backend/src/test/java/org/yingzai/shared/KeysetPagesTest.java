package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetPagesTest {

  private final List<String> keys =
      IntStream.rangeClosed(1, 7).mapToObj(i -> String.format("k%02d", i)).toList();
  private final List<String> asked = new ArrayList<>();

  private List<String> page(String after, int size) {
    asked.add(after);
    return keys.stream().filter(k -> k.compareTo(after) > 0).limit(size).toList();
  }

  @Test
  void everyKeyIsHandedOnceInOrderEachPageReadAfterTheLastKeyOfTheOneBefore() {
    List<String> handed = new ArrayList<>();

    int count = KeysetPages.forEach(3, this::page, handed::add);

    assertThat(handed).isEqualTo(keys);
    assertThat(count).isEqualTo(7);
    assertThat(asked).containsExactly("", "k03", "k06");
  }

  @Test
  void aLastPageThatIsFullIsFollowedByOneEmptyRead() {
    List<String> handed = new ArrayList<>();

    int count = KeysetPages.forEach(7, this::page, handed::add);

    assertThat(count).isEqualTo(7);
    assertThat(asked).containsExactly("", "k07");
  }

  @Test
  void nothingToWalkHandsNothingAfterOneRead() {
    List<String> handed = new ArrayList<>();

    int count =
        KeysetPages.forEach(
            3,
            (after, size) -> {
              asked.add(after);
              return List.of();
            },
            handed::add);

    assertThat(count).isZero();
    assertThat(handed).isEmpty();
    assertThat(asked).containsExactly("");
  }
}
