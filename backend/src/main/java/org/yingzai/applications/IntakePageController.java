package org.yingzai.applications;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yingzai.applications.IntakeRequests.IntakeRequest;
import org.yingzai.applications.IntakeRequests.Person;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ItemFilter;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Station;
import org.yingzai.identity.Stations;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;

/**
 * The counter of the hall or a station (窗口收件): the applications taken there and a new one for an
 * enterprise that is present; the draft is then prepared on the application's own pages under
 * {@code /workbench/intake/{id}}, with the person's authorization letter and, once decided, the
 * result handed over. The same services as the API.
 */
@PageController
class IntakePageController {

  private final Intakes intakes;
  private final ApplicationViews views;
  private final ApplicationPageModel pages;
  private final Stations stations;
  private final Catalog catalog;

  IntakePageController(
      Intakes intakes,
      ApplicationViews views,
      ApplicationPageModel pages,
      Stations stations,
      Catalog catalog) {
    this.intakes = intakes;
    this.views = views;
    this.pages = pages;
    this.stations = stations;
    this.catalog = catalog;
  }

  @GetMapping(ApplicationPageModel.COUNTER)
  String counter(@RequestParam(required = false) Integer page, Model model) {
    Station station = requireStation();
    model.addAttribute("station", station);
    model.addAttribute("items", items(station));
    model.addAttribute("idTypes", IdType.values());
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
    }
    model.addAttribute("taken", views.list(null, null, null, PageRequest.of(page, 20)));
    return "applications/intake";
  }

  @PostMapping(ApplicationPageModel.COUNTER)
  String take(@RequestParam Map<String, String> sent, HttpServletResponse response, Model model) {
    try {
      IntakeRequest request =
          new IntakeRequest(
              sent.getOrDefault("itemCode", ""),
              sent.getOrDefault("enterpriseCreditCode", "").strip(),
              blankToNull(sent.get("enterpriseName")),
              blankToNull(sent.get("legalRepresentativeName")),
              new Person(
                  sent.getOrDefault("personName", "").strip(),
                  idType(sent.get("idType")),
                  sent.getOrDefault("idNumber", ""),
                  "true".equals(sent.get("legalRepresentative"))),
              null,
              "STATION".equals(sent.get("resultDelivery"))
                  ? ResultDelivery.STATION
                  : ResultDelivery.ONLINE);
      requireFilled(request);
      ApplicationResponse taken = intakes.take(request, null);
      return "redirect:" + ApplicationPageModel.COUNTER + "/" + taken.id();
    } catch (ProblemException e) {
      if (e.status().is5xxServerError() || e.status() == HttpStatus.FORBIDDEN) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("intakeError", pages.message(e));
      Map<String, String> typed = new HashMap<>(sent);
      // the ID number is typed again, never sent back to the page
      typed.remove("idNumber");
      model.addAttribute("typed", typed);
      return counter(null, model);
    } catch (DuplicateKeyException raced) {
      throw ProblemException.conflict("IDEMPOTENCY_IN_PROGRESS");
    }
  }

  @PostMapping(ApplicationPageModel.COUNTER + "/{id}/authorization")
  String authorization(
      @PathVariable String id,
      @RequestParam(required = false) MultipartFile file,
      HttpServletResponse response,
      Model model) {
    try {
      if (file == null || file.isEmpty()) {
        throw ProblemException.badRequest("FILE_EMPTY");
      }
      try (InputStream content = file.getInputStream()) {
        intakes.scanAuthorization(id, file.getOriginalFilename(), content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("submitError", pages.message(e));
      return pages.page(views.get(id), model);
    }
    return "redirect:" + ApplicationPageModel.COUNTER + "/" + id + "?authorized";
  }

  @PostMapping(ApplicationPageModel.COUNTER + "/{id}/handover")
  String handover(
      @PathVariable String id,
      @RequestParam(required = false) String recipientName,
      HttpServletResponse response,
      Model model) {
    try {
      if (recipientName == null || recipientName.isBlank()) {
        throw ProblemException.badRequest("RECIPIENT_REQUIRED");
      }
      intakes.handOver(id, recipientName);
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("submitError", pages.message(e));
      return pages.page(views.get(id), model);
    }
    return "redirect:" + ApplicationPageModel.COUNTER + "/" + id + "?handedOver";
  }

  /** The enterprise chooses where it gets the result of an application taken at a counter. */
  @PostMapping("/my/applications/{id}/result-delivery")
  String resultDelivery(
      @PathVariable String id, @RequestParam(required = false) String resultDelivery) {
    intakes.chooseDelivery(
        id, "STATION".equals(resultDelivery) ? ResultDelivery.STATION : ResultDelivery.ONLINE);
    return "redirect:" + ApplicationPageModel.MY + "/" + id + "?deliveryChosen";
  }

  private Station requireStation() {
    AuthenticatedUser user = CurrentUser.get();
    if (!ApplicationAccess.receives(user)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, "INTAKE_NOT_ALLOWED");
    }
    return stations
        .find(user.stationCode())
        .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "INTAKE_NOT_ALLOWED"));
  }

  /** The items the station takes in: every active item at the hall. */
  private List<ServiceItem> items(Station station) {
    if (station.isHall()) {
      return catalog.findItems(ItemFilter.none(), PageRequest.of(0, 100)).content();
    }
    return List.copyOf(catalog.itemsByCode(stations.itemsOf(station.code())).values());
  }

  private static void requireFilled(IntakeRequest request) {
    if (request.itemCode().isBlank()) {
      throw ProblemException.badRequest("INTAKE_ITEM_REQUIRED");
    }
    if (request.person().name().isBlank()) {
      throw ProblemException.badRequest("INTAKE_PERSON_REQUIRED");
    }
  }

  private static IdType idType(String sent) {
    try {
      return sent == null ? IdType.RESIDENT_ID : IdType.valueOf(sent);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("ID_TYPE_INVALID", sent);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
