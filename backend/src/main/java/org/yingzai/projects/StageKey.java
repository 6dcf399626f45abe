package org.yingzai.projects;

/**
 * A project's stage as the parallel approval process knows it: its business key is {@code <project
 * id>:<stage>}.
 */
record StageKey(String projectId, Stage stage) {

  static StageKey parse(String groupKey) {
    int colon = groupKey.lastIndexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("Not a stage's key: " + groupKey);
    }
    return new StageKey(groupKey.substring(0, colon), Stage.valueOf(groupKey.substring(colon + 1)));
  }

  /** Whether the key is a stage's: a project id, a colon and a stage. */
  static boolean isStageKey(String groupKey) {
    int colon = groupKey == null ? -1 : groupKey.lastIndexOf(':');
    if (colon < 1) {
      return false;
    }
    String stage = groupKey.substring(colon + 1);
    return java.util.Arrays.stream(Stage.values()).anyMatch(s -> s.name().equals(stage));
  }

  String groupKey() {
    return projectId + ":" + stage.name();
  }
}
