package org.yingzai.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yingzai.files.ContentFiles;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditArchiveSettings.class)
class AuditConfiguration {

  @Bean
  AuditArchiveFiles auditArchiveFiles(ContentFiles files, AuditArchiveSettings settings) {
    return new AuditArchiveFiles(files, settings.dir());
  }
}
