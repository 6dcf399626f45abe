package org.yingzai.handling;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An extension of an application's time limit (§42): how many working days, and why. */
record ExtensionRequest(@NotNull @Min(1) Integer days, @Size(max = 2000) String reason) {}
