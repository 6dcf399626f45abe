package org.yingzai.applications;

import org.springframework.stereotype.Component;
import org.yingzai.identity.CurrentUser;

/**
 * Whether the frame shows the counter's link ({@code ${@counterNav.shown()}}): to clerks who take
 * applications in person at the hall or a station.
 */
@Component("counterNav")
public class CounterNav {

  public boolean shown() {
    return CurrentUser.find().map(ApplicationAccess::receives).orElse(false);
  }
}
