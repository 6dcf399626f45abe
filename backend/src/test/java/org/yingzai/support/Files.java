package org.yingzai.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small material files of each kind, made in memory. */
public final class Files {

  private Files() {}

  public static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] png() {
    byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
    png[20] = 7;
    return png;
  }

  public static byte[] jpeg() {
    byte[] jpeg =
        Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
    jpeg[30] = 9;
    return jpeg;
  }

  public static byte[] ofd() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("OFD.xml"));
      zip.write(
          "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A zip that is not an OFD package. */
  public static byte[] zip() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] text() {
    return "这不是 PDF，只是改了扩展名的文本。".getBytes(StandardCharsets.UTF_8);
  }
}
