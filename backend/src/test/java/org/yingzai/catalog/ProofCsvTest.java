package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Catalogue files as CSV: what Excel writes and reads, RFC 4180 quoting, lines as rows. */
class ProofCsvTest {

  private static byte[] write(List<String> header, List<List<String>> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProofCsv.write(header, rows, out);
    return out.toByteArray();
  }

  @Test
  void writesUtf8WithAByteOrderMarkAndCrlfAndQuotesOnlyWhatNeedsIt() throws Exception {
    byte[] file =
        write(
            List.of("code", "name", "note"),
            List.of(
                Arrays.asList("GXZM-001", "营业执照", null),
                List.of("T-1", "名称, 含逗号", "他说\"可以\"\n第二行")));

    assertThat(Arrays.copyOf(file, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(
            "code,name,note\r\n"
                + "GXZM-001,营业执照,\r\n"
                + "T-1,\"名称, 含逗号\",\"他说\"\"可以\"\"\n第二行\"\r\n");
  }

  @Test
  void readsWhatItWroteWithLinesAsASpreadsheetCountsThem() throws Exception {
    List<String> multiLine = List.of("T-1", "第一行\n第二行", " 前后空格 ");
    byte[] file =
        write(
            List.of("code", "name", "note"),
            List.of(multiLine, Arrays.asList("T-2", "\"引号\"", ",")));

    ProofSheet sheet = ProofCsv.read(file, 10);

    assertThat(sheet.headerLine()).isEqualTo(1);
    assertThat(sheet.header()).containsExactly("code", "name", "note");
    assertThat(sheet.rows()).extracting(ProofSheet.Row::line).containsExactly(2, 3);
    assertThat(sheet.rows().get(0).cells()).isEqualTo(multiLine);
    assertThat(sheet.rows().get(1).cells()).containsExactly("T-2", "\"引号\"", ",");
  }

  @Test
  void skipsBlankLinesButCountsThem() {
    String csv = "\r\ncode,name\r\n\r\nT-1,甲\n,\nT-2,乙";

    ProofSheet sheet = ProofCsv.read(csv.getBytes(StandardCharsets.UTF_8), 10);

    assertThat(sheet.headerLine()).isEqualTo(2);
    assertThat(sheet.rows()).extracting(ProofSheet.Row::line).containsExactly(4, 6);
    assertThat(sheet.rows().get(1).cells()).containsExactly("T-2", "乙");
  }

  @Test
  void readsAFileWithoutByteOrderMarkAndShortRows() {
    ProofSheet sheet =
        ProofCsv.read("code,name,note\nT-1,甲\n".getBytes(StandardCharsets.UTF_8), 10);

    assertThat(sheet.rows().get(0).cell(1)).isEqualTo("甲");
    assertThat(sheet.rows().get(0).cell(2)).isNull();
  }

  @Test
  void refusesAQuoteLeftOpenNamingTheLineItOpensOn() {
    byte[] file = "code,name\nT-1,甲\nT-2,\"乙\nT-3,丙\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ProofCsv.read(file, 10))
        .isInstanceOfSatisfying(
            ProofSheet.Unreadable.class, e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void refusesTextAfterAClosingQuote() {
    byte[] file = "code,name\nT-1,\"甲\"乙\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ProofCsv.read(file, 10))
        .isInstanceOfSatisfying(
            ProofSheet.Unreadable.class, e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void refusesAFileThatIsNotUtf8() {
    byte[] gbk = "code,name\nT-1,营业执照\n".getBytes(Charset.forName("GBK"));

    assertThatThrownBy(() -> ProofCsv.read(gbk, 10)).isInstanceOf(ProofSheet.NotUtf8.class);
  }

  @Test
  void stopsAtTheRowLimit() {
    StringBuilder csv = new StringBuilder("code\n");
    for (int i = 0; i < 11; i++) {
      csv.append("T-").append(i).append('\n');
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ProofCsv.read(file, 10)).isInstanceOf(ProofSheet.TooManyRows.class);
    assertThat(ProofCsv.read(file, 11).rows()).hasSize(11);
  }
}
