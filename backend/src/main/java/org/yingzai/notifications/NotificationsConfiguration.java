package org.yingzai.notifications;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OutboxSettings.class, MailSettings.class})
class NotificationsConfiguration {}
