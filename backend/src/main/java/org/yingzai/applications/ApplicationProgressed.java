package org.yingzai.applications;

/**
 * An entry was added to an application's timeline, published inside the transaction that added it,
 * so that whoever must be told of a step is told with it.
 *
 * @param action what happened, as the timeline names it (e.g. {@code ACCEPTED}, {@code EXTENDED})
 * @param comment the actor's written comment or reason, if any
 * @param procedure the special procedure (§45) the entry names, if any
 * @param days the working days an extension added, if any
 */
public record ApplicationProgressed(
    String applicationId,
    Step step,
    String action,
    String comment,
    String procedure,
    Integer days) {}
