package org.yingzai.notifications;

/**
 * Where text messages go: a provider's adapter is a bean of this type. Without one, no text
 * messages are queued or sent.
 */
public interface SmsGateway {

  /** Sends the text to the mobile number, or throws why it could not. */
  void send(String mobile, String text) throws Exception;
}
