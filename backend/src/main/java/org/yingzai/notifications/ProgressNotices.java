package org.yingzai.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.applications.ApplicationProgressed;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.ApplicationResponse.SupplementResponse;
import org.yingzai.applications.ApplicationSummary;
import org.yingzai.applications.ApplicationViews;
import org.yingzai.identity.Staff;

/**
 * The steps an applicant must hear of without asking, told to the enterprise's users in the
 * transaction of the step: acceptance (also the one the law makes), a supplement request with every
 * material it lists (一次性告知), a special procedure's start and end (the clock pauses and resumes) and
 * an extension with its reason, and the written answer to the rectification a bad rating opened.
 */
@Component
class ProgressNotices {

  /** The timeline's actions that are told, by the kind of message they make. */
  static final Map<String, String> KINDS =
      Map.of(
          "ACCEPTED", "APPLICATION_ACCEPTED",
          "ACCEPTED_AUTOMATICALLY", "APPLICATION_ACCEPTED",
          "SUPPLEMENT_REQUESTED", "SUPPLEMENT_REQUESTED",
          "SPECIAL_PROCEDURE_STARTED", "CLOCK_PAUSED",
          "SPECIAL_PROCEDURE_FINISHED", "CLOCK_RESUMED",
          "EXTENDED", "APPLICATION_EXTENDED",
          "RECTIFIED", "RECTIFICATION_ANSWERED");

  private static final Locale RECORDS = Locale.SIMPLIFIED_CHINESE;

  private final Inbox inbox;
  private final Staff staff;
  private final ApplicationProgress applications;
  private final ApplicationViews views;
  private final MessageSource messages;

  ProgressNotices(
      Inbox inbox,
      Staff staff,
      ApplicationProgress applications,
      ApplicationViews views,
      MessageSource messages) {
    this.inbox = inbox;
    this.staff = staff;
    this.applications = applications;
    this.views = views;
    this.messages = messages;
  }

  @EventListener
  void on(ApplicationProgressed progressed) {
    String kind = KINDS.get(progressed.action());
    if (kind == null) {
      return;
    }
    ApplicationSummary application = applications.summary(progressed.applicationId());
    String detail =
        switch (progressed.action()) {
          case "SUPPLEMENT_REQUESTED" -> missingMaterials(progressed.applicationId());
          case "SPECIAL_PROCEDURE_STARTED", "SPECIAL_PROCEDURE_FINISHED" ->
              progressed.procedure() == null
                  ? ""
                  : messages.getMessage(
                      "procedure." + progressed.procedure(), null, progressed.procedure(), RECORDS);
          case "EXTENDED" -> String.valueOf(progressed.days());
          default -> "";
        };
    // the notices end the comment with their own full stop
    String comment =
        progressed.comment() == null
            ? "—"
            : progressed.comment().strip().replaceAll("[。．.！!]+$", "");
    Object[] arguments = {application.number(), application.itemName(), detail, comment};
    String key = "notification.progress." + progressed.action();
    inbox.deliver(
        staff.usersOf(application.enterpriseId()),
        kind,
        progressed.applicationId(),
        messages.getMessage(key + ".title", arguments, RECORDS),
        messages.getMessage(key + ".body", arguments, RECORDS));
  }

  // the latest supplement notice's materials, every one of them (一次性告知)
  private String missingMaterials(String applicationId) {
    List<SupplementResponse> requests = views.get(applicationId).supplementRequests();
    if (requests.isEmpty()) {
      return "";
    }
    return requests.get(requests.size() - 1).materials().stream()
        .map(MissingMaterial::name)
        .collect(Collectors.joining("、"));
  }
}
