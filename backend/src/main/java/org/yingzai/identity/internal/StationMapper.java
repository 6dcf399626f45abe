package org.yingzai.identity.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.identity.Station;

@Mapper
public interface StationMapper {

  record StationItem(String stationCode, String itemCode) {}

  Station find(String code);

  List<Station> findAll();

  int countOffered(@Param("stationCode") String stationCode, @Param("itemCode") String itemCode);

  List<Station> findOffering(String itemCode);

  List<String> findItemCodes(String stationCode);

  List<StationItem> findAllItems();
}
