package org.yingzai.ratings;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.applications.ApplicationResponse;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.applications.Step;
import org.yingzai.shared.PageController;
import org.yingzai.shared.ProblemException;

/**
 * 好差评 on the enterprise's application page: its ratings once given, the rectification a bad one
 * opened, and the form while the application may be rated (once finished, and again after the
 * rectification's answer), with a level for each step somebody worked at; and the rating with its
 * rectification beside a clerk's call-back or rectify task. The same services as the API, so the
 * rules hold alike.
 */
@PageController
class RatingPageController {

  private final Ratings ratings;
  private final Rectifications rectifications;
  private final ApplicationViews applications;
  private final MessageSource messages;

  RatingPageController(
      Ratings ratings,
      Rectifications rectifications,
      ApplicationViews applications,
      MessageSource messages) {
    this.ratings = ratings;
    this.rectifications = rectifications;
    this.applications = applications;
    this.messages = messages;
  }

  @GetMapping("/my/applications/{id}/rating")
  String rating(@PathVariable String id, Model model) {
    fill(model, applications.get(id));
    return "ratings/rating :: rating";
  }

  /** The rating and its rectification beside a clerk's call-back or rectify task. */
  @GetMapping("/workbench/applications/{id}/rectification")
  String rectification(@PathVariable String id, Model model) {
    model.addAttribute("ratings", ratings.of(id));
    model.addAttribute("rectification", rectifications.ofApplication(id).orElse(null));
    return "ratings/rectification :: clerk";
  }

  @PostMapping("/my/applications/{id}/rating")
  String rate(
      @PathVariable String id,
      @RequestParam(required = false) RatingLevel level,
      @RequestParam(required = false) String comment,
      @RequestParam Map<String, String> fields,
      HttpServletResponse response,
      Model model) {
    ApplicationResponse application = applications.get(id);
    try {
      List<RatingRequest.StepRating> steps = new ArrayList<>();
      for (Step step : Ratings.RATEABLE_STEPS) {
        String value = fields.get("step" + step.name());
        if (value != null && !value.isBlank()) {
          steps.add(new RatingRequest.StepRating(step, level(value)));
        }
      }
      if (level == null) {
        throw ProblemException.badRequest("RATING_LEVEL_REQUIRED");
      }
      if (comment != null && comment.length() > 500) {
        throw ProblemException.badRequest("RATING_COMMENT_TOO_LONG", 500);
      }
      ratings.rate(id, new RatingRequest(level, comment, steps));
      return "redirect:/my/applications/" + id + "?rated";
    } catch (ProblemException refused) {
      response.setStatus(refused.status().value());
      model.addAttribute(
          "ratingError",
          messages.getMessage(
              "problem." + refused.code(), refused.arguments(), LocaleContextHolder.getLocale()));
      model.addAttribute("chosenLevel", level);
      model.addAttribute("comment", comment);
      fill(model, application);
      return "ratings/rate";
    }
  }

  private static RatingLevel level(String value) {
    for (RatingLevel level : RatingLevel.values()) {
      if (level.name().equals(value)) {
        return level;
      }
    }
    throw ProblemException.badRequest("RATING_LEVEL_INVALID", value);
  }

  private void fill(Model model, ApplicationResponse application) {
    model.addAttribute("app", application);
    List<RatingResponse> given = ratings.of(application.id());
    model.addAttribute("ratings", given);
    model.addAttribute("rateable", ratings.rateable(application));
    model.addAttribute(
        "rectification", rectifications.ofApplication(application.id()).orElse(null));
    model.addAttribute("officers", Ratings.officers(application.timeline()));
    model.addAttribute("levels", RatingLevel.values());
  }
}
