package org.yingzai.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditArchiveSettings.class)
class AuditConfiguration {

  @Bean
  AuditArchiveFiles auditArchiveFiles(AuditArchiveSettings settings) {
    return new AuditArchiveFiles(settings.dir());
  }
}
