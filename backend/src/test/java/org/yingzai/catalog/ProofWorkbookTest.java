package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Catalogue files as Excel workbooks, written with a help sheet and read by streaming. */
class ProofWorkbookTest {

  private static final List<String> HEADER = List.of("code", "name", "verificationDays", "note");

  private static byte[] write(List<List<String>> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProofWorkbook.write("证明事项", HEADER, rows, 2, "填写说明", List.of(List.of("列名", "名称")), out);
    return out.toByteArray();
  }

  @Test
  void writesTheCatalogueOnTheFirstSheetWithNumbersAsNumbersAndAHelpSheet() throws Exception {
    byte[] file = write(List.of(Arrays.asList("GXZM-004", "住所使用证明", "30", null)));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("证明事项");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("note");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("住所使用证明");
      assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(30.0);
      assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
    }
  }

  @Test
  void readsWhatItWrote() throws Exception {
    List<String> first = Arrays.asList("GXZM-004", "住所（经营场所）使用证明", "30", "第一行\n第二行");
    List<String> second = Arrays.asList("GXZM-007", "经营场所房屋产权证明", null, null);

    ProofSheet sheet = ProofWorkbook.read(write(List.of(first, second)), 10);

    assertThat(sheet.headerLine()).isEqualTo(1);
    assertThat(sheet.header()).isEqualTo(HEADER);
    assertThat(sheet.rows()).extracting(ProofSheet.Row::line).containsExactly(2, 3);
    assertThat(sheet.rows().get(0).cells()).isEqualTo(first);
    assertThat(sheet.rows().get(1).cell(0)).isEqualTo("GXZM-007");
    assertThat(sheet.rows().get(1).cell(2)).isNull();
  }

  @Test
  void numbersRowsAsTheSheetDoesAndSkipsBlankOnes() throws Exception {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet();
      sheet.createRow(1).createCell(0).setCellValue("code");
      sheet.createRow(2).createCell(0).setCellValue("T-1");
      sheet.createRow(3).createCell(0).setCellValue(" ");
      var row = sheet.createRow(5);
      row.createCell(0).setCellValue("T-2");
      row.createCell(2).setCellValue(15);
      workbook.write(out);
      file = out.toByteArray();
    }

    ProofSheet sheet = ProofWorkbook.read(file, 10);

    assertThat(sheet.headerLine()).isEqualTo(2);
    assertThat(sheet.rows()).extracting(ProofSheet.Row::line).containsExactly(3, 6);
    assertThat(sheet.rows().get(1).cells()).containsExactly("T-2", null, "15");
  }

  @Test
  void stopsAtTheRowLimit() throws Exception {
    List<List<String>> rows =
        java.util.stream.IntStream.range(0, 11)
            .mapToObj(i -> Arrays.asList("T-" + i, "名称", null, null))
            .toList();

    assertThatThrownBy(() -> ProofWorkbook.read(write(rows), 10))
        .isInstanceOf(ProofSheet.TooManyRows.class);
  }

  @Test
  void refusesWhatIsNotAWorkbook() {
    assertThatThrownBy(() -> ProofWorkbook.read("code,name\n".getBytes(StandardCharsets.UTF_8), 10))
        .isInstanceOf(ProofSheet.Unreadable.class);
  }

  @Test
  void refusesAPackageThatInflatesBeyondTheLimit() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (long written = 0; written <= ProofWorkbook.MAX_INFLATED_BYTES; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] bomb = bytes.toByteArray();
    assertThat(bomb.length).isLessThan(1024 * 1024);

    assertThatThrownBy(() -> ProofWorkbook.read(bomb, 10))
        .isInstanceOf(ProofSheet.TooManyRows.class);
  }
}
