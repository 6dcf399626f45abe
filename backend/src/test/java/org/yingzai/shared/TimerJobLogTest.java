package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.junit.jupiter.api.Test;
import org.yingzai.shared.TimerJobLog.FullWithoutTimerArming;

class TimerJobLogTest {

  private static final String UNLOGGED = "recorded-elsewhere";

  private final FullWithoutTimerArming level = new FullWithoutTimerArming(Set.of(UNLOGGED));

  @Test
  void aTimersArmingAndDisarmingAreNotLoggedWhatItDidWhenItRanIs() {
    TimerEntity timer = new TimerEntity();

    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, timer)).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_DELETE, timer)).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, timer)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_FAIL, timer)).isTrue();
  }

  @Test
  void aTimerThatAModuleRecordsItselfLeavesNoJobLogAtAll() {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(UNLOGGED);

    for (HistoryEventTypes type :
        List.of(
            HistoryEventTypes.JOB_CREATE,
            HistoryEventTypes.JOB_SUCCESS,
            HistoryEventTypes.JOB_FAIL,
            HistoryEventTypes.JOB_DELETE)) {
      assertThat(level.isHistoryEventProduced(type, timer)).as(type.name()).isFalse();
    }
  }

  @Test
  void otherJobsAndOtherHistoryAreLoggedAsFullLogsThem() {
    MessageEntity message = new MessageEntity();

    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, message)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_DELETE, message)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, null))
        .isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, null)).isTrue();
  }

  @Test
  void itIsFullToTheEngineAndToTheDatabase() {
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo("full");
    assertThat(level).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(level.hashCode()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
  }
}
