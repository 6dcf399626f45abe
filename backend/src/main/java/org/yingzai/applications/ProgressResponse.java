package org.yingzai.applications;

import java.time.OffsetDateTime;
import org.yingzai.clock.WarningLevel;

/**
 * Where an application stands, as the public progress query (办件进度查询) shows it: nothing about the
 * applicant.
 *
 * @param step the step the application waits at; {@code null} once it is finished
 * @param deadline the deadline under the promised limit; {@code null} until it is accepted
 * @param provisional whether the deadline counts a day of a year without a published calendar
 */
record ProgressResponse(
    String number,
    String itemName,
    ApplicationStatus status,
    Step step,
    OffsetDateTime deadline,
    boolean provisional,
    WarningLevel warningLevel,
    boolean clockPaused) {}
