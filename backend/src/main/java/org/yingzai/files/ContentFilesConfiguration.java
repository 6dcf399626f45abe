package org.yingzai.files;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The stored files configured under {@code yingzai.files}; public for slices that need them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentFilesSettings.class)
public class ContentFilesConfiguration {

  @Bean
  ContentFiles contentFiles(ContentFilesSettings settings) {
    return settings.store() == ContentFilesSettings.Store.OBJECT_STORE
        ? new ObjectStoreContentFiles(settings.objectStore(), settings.dir())
        : new FolderContentFiles(settings.dir());
  }
}
