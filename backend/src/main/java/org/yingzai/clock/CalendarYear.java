package org.yingzai.clock;

import java.time.Instant;
import java.time.LocalDate;

/** A year whose calendar is published: where its days come from, and who loaded them when. */
record CalendarYear(
    int year, String source, LocalDate publishedOn, Instant loadedAt, String loadedBy) {}
