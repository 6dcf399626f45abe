package org.yingzai.applications;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Judges a file's type from its content, never from its name: PDF, JPEG, PNG or OFD only. */
final class FileTypes {

  static final String PDF = "application/pdf";
  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  static final String OFD = "application/ofd";

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private FileTypes() {}

  static Optional<String> detect(Path file) throws IOException {
    byte[] head = new byte[8];
    int read;
    try (var in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    byte[] start = Arrays.copyOf(head, read);
    if (startsWith(start, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(start, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(start, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(start, ZIP_MAGIC) && isOfdPackage(file)) {
      return Optional.of(OFD);
    }
    return Optional.empty();
  }

  static String extension(String contentType) {
    return switch (contentType) {
      case PDF -> ".pdf";
      case JPEG -> ".jpg";
      case PNG -> ".png";
      case OFD -> ".ofd";
      default -> "";
    };
  }

  // GB/T 33190-2016: an OFD file is a ZIP package with OFD.xml at its root
  private static boolean isOfdPackage(Path file) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if ("OFD.xml".equalsIgnoreCase(entry.getName())) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
  }
}
