package org.yingzai.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.internal.StationMapper;

/** The service hall and the town service stations (就近办理), ordered by code. */
@Service
public class Stations {

  private final StationMapper stations;

  Stations(StationMapper stations) {
    this.stations = stations;
  }

  public List<Station> findAll() {
    return stations.findAll();
  }

  public Optional<Station> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(stations.find(code));
  }

  /** Whether the station may take in the item: the hall takes in every item. */
  @Transactional(readOnly = true)
  public boolean offers(Station station, String itemCode) {
    return station.isHall() || stations.countOffered(station.code(), itemCode) > 0;
  }

  /**
   * The town stations that take in the item, ordered by code (the hall, which takes all, aside).
   */
  @Transactional(readOnly = true)
  public List<Station> offering(String itemCode) {
    return stations.findOffering(itemCode);
  }

  /** The codes of the items the town station takes in, ordered. */
  @Transactional(readOnly = true)
  public List<String> itemsOf(String stationCode) {
    return stations.findItemCodes(stationCode);
  }

  /** The codes of the items each town station takes in, ordered, by station code; one query. */
  @Transactional(readOnly = true)
  public Map<String, List<String>> itemsByStation() {
    Map<String, List<String>> items = new LinkedHashMap<>();
    for (StationMapper.StationItem row : stations.findAllItems()) {
      items.computeIfAbsent(row.stationCode(), code -> new ArrayList<>()).add(row.itemCode());
    }
    return items;
  }
}
