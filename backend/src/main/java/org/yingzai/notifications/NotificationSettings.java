package org.yingzai.notifications;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.CurrentUser;
import org.yingzai.notifications.NotificationSettingMapper.SettingRow;
import org.yingzai.shared.ProblemException;

/** Each user's choice of channels besides the in-app inbox: e-mail and text messages. */
@Service
class NotificationSettings {

  static final int EMAIL_LENGTH = 254;

  // one address, no display name: what a mail server accepts as a recipient
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  // a mainland mobile number, 11 digits
  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

  private final NotificationSettingMapper settings;
  private final Outbox outbox;
  private final Clock clock;

  NotificationSettings(NotificationSettingMapper settings, Outbox outbox, Clock clock) {
    this.settings = settings;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  NotificationSettingsResponse mine() {
    return response(settings.find(CurrentUser.get().username()));
  }

  /** Checks every choice before keeping any: a refused request changes nothing. */
  @Transactional
  NotificationSettingsResponse update(NotificationSettingsRequest request) {
    String username = CurrentUser.get().username();
    String email = blankToNull(request.email());
    String mobile = blankToNull(request.mobile());
    boolean emailEnabled = Boolean.TRUE.equals(request.emailEnabled());
    boolean smsEnabled = Boolean.TRUE.equals(request.smsEnabled());
    if (email != null && (email.length() > EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
      throw ProblemException.badRequest("NOTIFICATION_EMAIL_INVALID", email);
    }
    if (mobile != null && !MOBILE.matcher(mobile).matches()) {
      throw ProblemException.badRequest("NOTIFICATION_MOBILE_INVALID", mobile);
    }
    if (emailEnabled && email == null) {
      throw ProblemException.badRequest("NOTIFICATION_EMAIL_REQUIRED");
    }
    if (smsEnabled && mobile == null) {
      throw ProblemException.badRequest("NOTIFICATION_MOBILE_REQUIRED");
    }
    SettingRow row =
        new SettingRow(
            username,
            email,
            emailEnabled,
            mobile,
            smsEnabled,
            clock.instant().truncatedTo(ChronoUnit.SECONDS));
    settings.upsert(row);
    return response(row);
  }

  private NotificationSettingsResponse response(SettingRow row) {
    return new NotificationSettingsResponse(
        row == null ? null : row.email(),
        row != null && row.emailEnabled(),
        outbox.available(Channel.EMAIL),
        row == null ? null : row.mobile(),
        row != null && row.smsEnabled(),
        outbox.available(Channel.SMS));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
