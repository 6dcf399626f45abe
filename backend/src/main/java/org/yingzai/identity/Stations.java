package org.yingzai.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.yingzai.identity.internal.StationMapper;

/** The town service stations (就近办理), ordered by code. */
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
}
