package org.yingzai.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.shared.ProblemException;

@RestController
@Tag(name = "Stations", description = "政务服务中心与便民服务站：地址、办公时间、可办事项")
class StationController {

  /**
   * A place that takes applications in person, with the items it takes in ({@code allItems} for the
   * hall, which takes in every item).
   */
  record StationResponse(
      String code,
      String name,
      String town,
      StationKind kind,
      String address,
      String openingHours,
      String phone,
      boolean allItems,
      List<String> itemCodes) {}

  private final Stations stations;

  StationController(Stations stations) {
    this.stations = stations;
  }

  @GetMapping("/api/stations")
  @Operation(summary = "The service hall and the town stations, with the items each takes in")
  List<StationResponse> list() {
    Map<String, List<String>> items = stations.itemsByStation();
    return stations.findAll().stream()
        .map(s -> response(s, items.getOrDefault(s.code(), List.of())))
        .toList();
  }

  @GetMapping("/api/stations/{code}")
  @Operation(summary = "One station")
  StationResponse get(@PathVariable String code) {
    return stations
        .find(code)
        .map(s -> response(s, stations.itemsOf(s.code())))
        .orElseThrow(() -> ProblemException.notFound("STATION_NOT_FOUND", code));
  }

  private static StationResponse response(Station s, List<String> items) {
    return new StationResponse(
        s.code(),
        s.name(),
        s.town(),
        s.kind(),
        s.address(),
        s.openingHours(),
        s.phone(),
        s.isHall(),
        s.isHall() ? List.of() : items);
  }
}
