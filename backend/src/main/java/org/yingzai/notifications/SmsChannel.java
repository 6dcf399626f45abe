package org.yingzai.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Text messages through the configured {@link SmsGateway}. */
@Component
class SmsChannel implements NotificationChannel {

  private final ObjectProvider<SmsGateway> gateway;

  SmsChannel(ObjectProvider<SmsGateway> gateway) {
    this.gateway = gateway;
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public boolean available() {
    return gateway.getIfAvailable() != null;
  }

  @Override
  public void send(OutboxMessage message) throws Exception {
    gateway.getObject().send(message.address(), message.body());
  }
}
