package org.yingzai.identity.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.yingzai.identity.Station;

@Mapper
public interface StationMapper {

  Station find(String code);

  List<Station> findAll();
}
