package org.yingzai.catalog;

import java.util.Locale;
import java.util.Optional;

/** The file formats of an exported or imported proof catalogue. */
enum ProofFileFormat {
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv;charset=UTF-8");

  private final String extension;
  private final String contentType;

  ProofFileFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  String extension() {
    return extension;
  }

  String contentType() {
    return contentType;
  }

  /** {@code xlsx} or {@code csv}, in any case. */
  static Optional<ProofFileFormat> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (ProofFileFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The format of an uploaded file: by the extension of its name, else by its content type, else by
   * its first bytes (a zip package is a workbook). Empty for anything else, such as the binary
   * {@code .xls} of old Excel versions.
   */
  static Optional<ProofFileFormat> of(String fileName, String contentType, byte[] content) {
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      Optional<ProofFileFormat> byName = named(name.substring(dot + 1));
      if (byName.isPresent() || !name.substring(dot + 1).isEmpty()) {
        return byName;
      }
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith(XLSX.contentType)) {
      return Optional.of(XLSX);
    }
    if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
      return Optional.of(CSV);
    }
    if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
      return Optional.of(XLSX);
    }
    if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Optional.empty();
    }
    return Optional.of(CSV);
  }

  /** Whether the content starts like a zip package (.xlsx) or an OLE2 file (.xls). */
  static boolean binary(byte[] content) {
    return startsWith(content, 0x50, 0x4B, 0x03, 0x04)
        || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
