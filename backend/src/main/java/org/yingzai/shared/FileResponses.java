package org.yingzai.shared;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.InputStreamSource;
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

  /** Files up to this length are read and checked whole before the answer begins. */
  static final int CHECKED_BEFORE_SENDING = 256 * 1024;

  private FileResponses() {}

  public static ResponseEntity<Resource> of(
      InputStreamSource content, long size, MediaType type, String fileName, boolean download) {
    ContentDisposition disposition =
        (download ? ContentDisposition.attachment() : ContentDisposition.inline())
            .filename(fileName, StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(size)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        // opened as the body is written, after the request's transaction; never a byte range, as
        // the checked stream vouches only for the whole file
        .body(new InputStreamResource(checkedFirst(content, size), fileName));
  }

  // the resource is opened before the headers are written: a small file refused there becomes a
  // clean error answer, a large one breaks the transfer off before its last bytes
  private static InputStreamSource checkedFirst(InputStreamSource content, long size) {
    if (size > CHECKED_BEFORE_SENDING) {
      return content;
    }
    return () -> {
      try (InputStream in = content.getInputStream()) {
        return new ByteArrayInputStream(in.readAllBytes());
      }
    };
  }
}
