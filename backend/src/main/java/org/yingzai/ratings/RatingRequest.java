package org.yingzai.ratings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.yingzai.applications.Step;

/**
 * A rating of an application, and optionally of the officers of its steps.
 *
 * @param steps the steps rated, each at most once; a step nobody worked on cannot be rated
 */
record RatingRequest(
    @NotNull RatingLevel level,
    @Size(max = 500) String comment,
    @Valid @Size(max = 10) List<StepRating> steps) {

  record StepRating(@NotNull Step step, @NotNull RatingLevel level) {}

  RatingRequest {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }
}
