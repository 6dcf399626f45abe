package org.yingzai.files;

import java.io.IOException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Sweeps the stored files once an hour, on one node; tests sweep by hand. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "yingzai.files.sweep.scheduled",
    havingValue = "true",
    matchIfMissing = true)
class ContentFilesSchedule {

  private final ContentFilesSweep sweep;

  ContentFilesSchedule(ContentFilesSweep sweep) {
    this.sweep = sweep;
  }

  @SchedulerLock(name = "content-files-sweep", lockAtLeastFor = "PT5M")
  @Scheduled(cron = "${yingzai.files.sweep.cron:0 40 * * * *}", zone = "Asia/Shanghai")
  void sweepHourly() throws IOException {
    sweep.sweep();
  }
}
