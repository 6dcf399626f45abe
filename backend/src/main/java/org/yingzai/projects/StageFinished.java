package org.yingzai.projects;

import java.time.Instant;

/**
 * Every application of a project's stage was decided; published inside the transaction that
 * finished the stage.
 */
public record StageFinished(
    String projectId, Stage stage, StageOutcome outcome, long enterpriseId, Instant at) {}
