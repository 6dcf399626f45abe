package org.yingzai.notifications;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yingzai.identity.LoginLockedOut;
import org.yingzai.shared.Times;

/**
 * Repeated wrong passwords are told to the account's user here, not in the login answer, which is
 * the same for every refused login so that it does not tell who has an account.
 */
@Component
class LoginNotices {

  static final String KIND_LOCKED_OUT = "LOGIN_LOCKED_OUT";

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Times.ZONE);

  private final Inbox inbox;
  private final MessageSource messages;

  LoginNotices(Inbox inbox, MessageSource messages) {
    this.inbox = inbox;
    this.messages = messages;
  }

  @EventListener
  void on(LoginLockedOut lockedOut) {
    Object[] arguments = {
      lockedOut.failures(),
      lockedOut.address() == null ? "?" : lockedOut.address(),
      UNTIL.format(lockedOut.until()),
      lockedOut.wholeAccount() ? 1 : 0
    };
    inbox.deliver(
        List.of(lockedOut.username()),
        KIND_LOCKED_OUT,
        null,
        messages.getMessage("notification.lockedOut.title", arguments, Locale.SIMPLIFIED_CHINESE),
        messages.getMessage("notification.lockedOut.body", arguments, Locale.SIMPLIFIED_CHINESE));
  }
}
