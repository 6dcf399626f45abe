package org.yingzai.results;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of a document may break, as Chinese typesetting has it (GB/T 15834, 标点符号用法): after
 * any Chinese character, but never before a closing punctuation mark (，。：）…) and never after an
 * opening one (（“《…); Latin text breaks at spaces and hyphens only.
 */
final class ChineseLineBreaks implements SplitCharacter {

  static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

  private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』”’〕】…·%,.;:?!)";
  private static final String NO_BREAK_AFTER = "（《「『“‘〔【(";

  private ChineseLineBreaks() {}

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = cc[current];
    char next = current + 1 < end ? cc[current + 1] : 0;
    if (NO_BREAK_AFTER.indexOf(c) >= 0 || (next != 0 && NO_BREAK_BEFORE.indexOf(next) >= 0)) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return false; // a rare character's two halves stay together
    }
    if (c == ' ' || c == '-') {
      return true;
    }
    // a Chinese character or mark, or Latin text right before one
    return c >= 0x2E80 || (next >= 0x2E80);
  }
}
