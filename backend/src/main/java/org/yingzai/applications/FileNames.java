package org.yingzai.applications;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.yingzai.shared.ProblemException;

/**
 * The name a material file is kept and sent under: the uploader's name without control, format or
 * bidirectional characters (a right-to-left override makes {@code exe.pdf} read as {@code fdp.exe})
 * and without folders, ending in the extension of the type its content was judged to be, so that
 * PDF bytes named {@code evil.html} are sent as {@code evil.pdf}.
 */
final class FileNames {

  /** The longest name kept, in characters (the column holds 255). */
  static final int MAX_LENGTH = 255;

  // controls, line separators and format characters (bidi overrides, isolates, zero widths)
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
  private static final Pattern FOLDERS = Pattern.compile("[\\\\/]");
  // an uploader's extension made of letters only (html, exe, docx) is replaced, not kept
  private static final Pattern LETTER_EXTENSION = Pattern.compile("\\.[A-Za-z]{1,10}$");
  private static final Set<String> JPEG_EXTENSIONS = Set.of(".jpg", ".jpeg");

  private FileNames() {}

  /**
   * Refuses a name too long to keep, before its file is stored.
   *
   * @throws ProblemException 400 {@code FILE_NAME_TOO_LONG} for a name over {@link #MAX_LENGTH}
   *     characters
   */
  static void requireKeepable(String fileName) {
    if (visible(fileName).length() > MAX_LENGTH) {
      throw ProblemException.badRequest("FILE_NAME_TOO_LONG");
    }
  }

  /**
   * The name to keep and send a file under whose content is of this type; also applied to names
   * kept before they were cleaned.
   */
  static String of(String fileName, String contentType) {
    String name = visible(fileName);
    String extension = FileTypes.extension(contentType);
    String lower = name.toLowerCase(Locale.ROOT);
    boolean fits =
        lower.endsWith(extension)
            || (extension.equals(".jpg") && JPEG_EXTENSIONS.stream().anyMatch(lower::endsWith));
    String base = fits ? name : LETTER_EXTENSION.matcher(name).replaceFirst("").strip();
    String suffix = fits ? "" : extension;
    if (base.isEmpty()) {
      base = "material";
      suffix = extension;
    }
    int room = MAX_LENGTH - suffix.length();
    return (base.length() > room ? base.substring(0, room) : base) + suffix;
  }

  private static String visible(String fileName) {
    String name = fileName == null ? "" : INVISIBLE.matcher(fileName).replaceAll("");
    return FOLDERS.matcher(name).replaceAll("_").strip();
  }
}
