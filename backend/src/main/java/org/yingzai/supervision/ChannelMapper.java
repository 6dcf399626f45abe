package org.yingzai.supervision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.applications.Channel;

/** Applications counted by where they were taken: online, the hall, each station. */
@Mapper
interface ChannelMapper {

  record ChannelCount(
      Channel channel,
      String stationCode,
      String stationName,
      long taken,
      long decided,
      long decidedOnTime) {}

  List<ChannelCount> count(@Param("from") Instant from, @Param("to") Instant to);
}
