package org.yingzai.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an answer (a material, a result document): its type, length and name, to be
 * saved or shown in the page, and never kept by a shared cache, as it is someone's own.
 */
public final class FileResponses {

  private FileResponses() {}

  public static ResponseEntity<Resource> of(
      Path path, long size, MediaType type, String fileName, boolean download) {
    ContentDisposition disposition =
        (download ? ContentDisposition.attachment() : ContentDisposition.inline())
            .filename(fileName, StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(size)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(new FileSystemResource(path));
  }
}
