package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yingzai.catalog.ProofCalls.PROOFS;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * Export and import of the whole proof catalogue as .xlsx and CSV over HTTP. Proofs made here have
 * codes {@code T-IMP-…} and are removed afterwards; the hall's proofs are only read.
 */
@WithHall
class ProofImportTest {

  private static final List<String> HEADER = ProofFileIntake.HEADER;

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired Catalog catalog;
  Hall hall;
  Journeys journeys;

  ProofCalls calls;

  @BeforeEach
  void setUp() {
    calls = new ProofCalls(http, jdbc, journeys, hall.admin());
    calls.removeTestProofs();
  }

  @AfterEach
  void removeTestProofs() {
    calls.removeTestProofs();
  }

  /** A row in the header's order from column names and values. */
  private static List<String> row(String... columnsAndValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      values.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    List<String> row = new ArrayList<>();
    for (String column : HEADER) {
      row.add(values.remove(column));
    }
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("Unknown columns " + values.keySet());
    }
    return row;
  }

  private static List<String> required(String code, String name) {
    return row("code", code, "name", name, "issuingAuthority", "测试局", "disposition", "REQUIRED");
  }

  private static List<String> commitment(String code, String text, String riskLevel) {
    return row(
        "code",
        code,
        "name",
        "测试承诺",
        "issuingAuthority",
        "测试局",
        "disposition",
        "COMMITMENT",
        "verificationMethod",
        "实地核查",
        "verificationDays",
        "20",
        "riskLevel",
        riskLevel,
        "commitmentText",
        text);
  }

  private static List<String> sharing(String code) {
    return row(
        "code",
        code,
        "name",
        "社保缴费证明",
        "issuingAuthority",
        "社会保险事业中心",
        "disposition",
        "DATA_SHARING",
        "evidenceType",
        "SOCIAL_INSURANCE",
        "provider",
        "social-insurance",
        "fallback",
        "UPLOAD",
        "riskLevel",
        "LOW");
  }

  private static byte[] csv(List<List<String>> rows) throws Exception {
    return csv(HEADER, rows);
  }

  private static byte[] csv(List<String> header, List<List<String>> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProofCsv.write(header, rows, out);
    return out.toByteArray();
  }

  /** A workbook as a person would make it: each row at the given sheet row (0 is line 1). */
  private static byte[] xlsx(Map<Integer, List<String>> rowsByIndex) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("证明事项");
      rowsByIndex.forEach(
          (index, values) -> {
            Row row = sheet.createRow(index);
            for (int c = 0; c < values.size(); c++) {
              if (values.get(c) != null) {
                row.createCell(c).setCellValue(values.get(c));
              }
            }
          });
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static JsonNode errors(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.code()).isEqualTo("PROOF_IMPORT_INVALID");
    return response.body().path("errors");
  }

  private static List<String> lineColumnReason(JsonNode errors) {
    List<String> found = new ArrayList<>();
    errors.forEach(
        error ->
            found.add(
                error.path("line").asInt()
                    + " "
                    + error.path("column").asText()
                    + " "
                    + error.path("reason").asText()));
    return found;
  }

  @Test
  void exportsTheWholeCatalogueAsCsvThatExcelOpensInChinese() {
    ResponseEntity<byte[]> export = calls.export(hall.admin(), "csv");

    assertThat(export.getStatusCode().value()).isEqualTo(200);
    assertThat(export.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .matches("attachment; filename=\"proof-catalogue-\\d{8}\\.csv\"");
    byte[] file = export.getBody();
    assertThat(Arrays.copyOf(file, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "code,name,issuingAuthority,disposition,evidenceType,provider,fallback,"
                + "verificationMethod,verificationDays,riskLevel,basis,note,commitmentText\r\n");
    assertThat(text)
        .contains(
            "\r\n"
                + hall.sharedProof()
                + ",测试证明"
                + hall.sharedProof()
                + ",市场监督管理局,DATA_SHARING,MARKET_ENTITY,market-register,UPLOAD,,,LOW,"
                + "测试依据,测试说明。,\r\n");
    assertThat(ProofCsv.read(file, 10_000).rows()).hasSize(calls.proofCount());
  }

  @Test
  void exportsTheWholeCatalogueAsAWorkbookWithTheColumnsExplained() throws Exception {
    ResponseEntity<byte[]> export = calls.export(hall.admin(), "xlsx");

    assertThat(export.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertThat(header).isEqualTo(HEADER);
      assertThat(sheet.getLastRowNum()).isEqualTo(calls.proofCount());
      Sheet help = workbook.getSheetAt(1);
      assertThat(help.getSheetName()).isEqualTo("填写说明");
      assertThat(help.getRow(4).getCell(0).getStringCellValue()).isEqualTo("disposition");
      assertThat(help.getRow(4).getCell(3).getStringCellValue()).contains("DATA_SHARING（数据共享核验）");
    }
    assertThat(calls.export(hall.admin(), "pdf").getStatusCode().value()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "xlsx"})
  void importingAnExportChangesNothing(String format) {
    calls.admin().post(PROOFS, ProofCalls.commitment("T-IMP-RT", "承诺书，含逗号、\"引号\"\n和换行"));
    List<String> before = calls.snapshot();
    byte[] exported = calls.exported(format);

    Api.Response imported = calls.importFile("catalogue." + format, exported, false);

    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    JsonNode result = imported.body();
    assertThat(result.path("format").asText()).isEqualTo(format);
    assertThat(result.path("rows").asInt()).isEqualTo(calls.proofCount());
    assertThat(result.path("unchanged").asInt()).isEqualTo(calls.proofCount());
    assertThat(result.path("created").asInt()).isZero();
    assertThat(result.path("updated").asInt()).isZero();
    assertThat(result.path("changes")).isEmpty();
    assertThat(calls.snapshot()).isEqualTo(before);
  }

  @Test
  void aCsvFileWithBadRowsChangesNothingAndListsEveryBadRow() throws Exception {
    List<String> before = calls.snapshot();
    List<String> extraCell = new ArrayList<>(required("T-IMP-7", "多一列"));
    extraCell.add("多余");
    List<List<String>> rows =
        List.of(
            required("T-IMP-1", "好的一行"), // line 2
            with(required("T-IMP-2", "处置方式错误"), "disposition", "WAIVED"), // 3
            row(
                "code",
                "T-IMP-3",
                "name",
                "缺数据源",
                "issuingAuthority",
                "测试局",
                "disposition",
                "DATA_SHARING",
                "evidenceType",
                "TAX_CREDIT",
                "fallback",
                "UPLOAD"), // 4
            required("T-IMP-1", "重复编码"), // 5
            required("T-IMP-4", "长".repeat(201)), // 6
            with(required("T-IMP-5", "备注两行"), "note", "第一行\n第二行"), // 7: one line, two in the text
            row(
                "code",
                "T-IMP-6",
                "name",
                "缺承诺书",
                "issuingAuthority",
                "测试局",
                "disposition",
                "COMMITMENT",
                "verificationMethod",
                "实地核查"), // 8
            with(required(hall.sharedProof(), "营业执照（改名）"), "disposition", "REQUIRED"), // 9
            extraCell); // 10

    Api.Response refused = calls.importFile("proofs.csv", csv(rows), false);

    JsonNode errors = errors(refused);
    assertThat(lineColumnReason(errors))
        .containsExactly(
            "3 disposition UNKNOWN_VALUE",
            "4 provider SHARING_REQUIRED",
            "5 code DUPLICATE_CODE",
            "6 name TOO_LONG",
            "8 verificationDays COMMITMENT_REQUIRED",
            "8 commitmentText COMMITMENT_REQUIRED",
            "10 N VALUE_WITHOUT_COLUMN");
    assertThat(refused.text("detail")).isEqualTo("导入文件有 6 行有误（共 7 处），未作任何修改；请逐条更正后重新导入。");
    assertThat(errors.get(0).path("code").asText()).isEqualTo("T-IMP-2");
    assertThat(errors.get(0).path("message").asText())
        .isEqualTo(
            "第 3 行 disposition 列：处置方式的值无效，可选：ABOLISHED, DATA_SHARING, COMMITMENT,"
                + " DEPARTMENT_VERIFICATION, REQUIRED。");
    assertThat(errors.get(2).path("message").asText()).isEqualTo("第 5 行 code 列：编码与第 2 行重复。");
    assertThat(calls.snapshot()).isEqualTo(before);
    assertThat(catalog.requireProof(hall.sharedProof()).terms().name())
        .isEqualTo("测试证明" + hall.sharedProof());
  }

  private static List<String> with(List<String> row, String column, String value) {
    List<String> changed = new ArrayList<>(row);
    changed.set(HEADER.indexOf(column), value);
    return changed;
  }

  @Test
  void aWorkbookWithBadRowsNamesTheLinesTheSheetShows() throws Exception {
    List<String> before = calls.snapshot();
    Map<Integer, List<String>> rows = new LinkedHashMap<>();
    rows.put(0, HEADER);
    rows.put(1, required("T-IMP-1", "好的一行"));
    rows.put(3, with(sharing("T-IMP-2"), "fallback", "EMAIL")); // line 4, after a blank row
    rows.put(4, with(required("T-IMP-3", "公式"), "note", "=1+1"));
    rows.put(5, with(required("T-IMP-4", "风险"), "verificationDays", "20"));

    JsonNode errors = errors(calls.importFile("清单.xlsx", xlsx(rows), false));

    assertThat(lineColumnReason(errors))
        .containsExactly(
            "4 fallback UNKNOWN_VALUE", "5 note FORMULA", "6 verificationDays COMMITMENT_ONLY");
    assertThat(calls.snapshot()).isEqualTo(before);
  }

  @Test
  void aWrongHeaderIsReportedOnLineOneBeforeAnyRow() throws Exception {
    List<String> header = new ArrayList<>(HEADER);
    header.set(1, "名称");
    header.remove("note");
    header.add("riskLevel");

    JsonNode errors =
        errors(calls.importFile("proofs.csv", csv(header, List.of(List.of("T-IMP-1"))), false));

    assertThat(lineColumnReason(errors))
        .containsExactly(
            "1 名称 UNKNOWN_COLUMN",
            "1 riskLevel DUPLICATE_COLUMN",
            "1 name MISSING_COLUMN",
            "1 note MISSING_COLUMN");
  }

  @Test
  void aDryRunSaysWhatAnImportWouldDoAndTheImportDoesItOnceLeavingOtherProofsAlone()
      throws Exception {
    Api admin = calls.admin();
    admin.post(PROOFS, ProofCalls.required("T-IMP-10"));
    admin.post(PROOFS, ProofCalls.commitment("T-IMP-11", "第一版承诺书"));
    int proofsBefore = calls.proofCount();
    byte[] file =
        csv(
            List.of(
                row(
                    "code",
                    "T-IMP-10",
                    "name",
                    "测试证明",
                    "issuingAuthority",
                    "测试局",
                    "disposition",
                    "required"),
                commitment("T-IMP-11", "第二版承诺书", "HIGH"),
                sharing("T-IMP-12")));
    List<String> before = calls.snapshot();

    Api.Response dryRun = calls.importFile("更新.csv", file, true);

    assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
    assertThat(dryRun.body().path("dryRun").asBoolean()).isTrue();
    assertThat(counts(dryRun.body())).containsExactly(3, 1, 1, 1);
    JsonNode changes = dryRun.body().path("changes");
    assertThat(changes.get(0).toString())
        .isEqualTo(
            "{\"line\":3,\"code\":\"T-IMP-11\",\"action\":\"UPDATED\",\"fields\":"
                + "[\"name\",\"commitmentText\"]}");
    assertThat(changes.get(1).toString())
        .isEqualTo("{\"line\":4,\"code\":\"T-IMP-12\",\"action\":\"CREATED\"}");
    assertThat(calls.snapshot()).isEqualTo(before);

    Api.Response imported = calls.importFile("更新.csv", file, false);

    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.body().path("dryRun").asBoolean()).isFalse();
    assertThat(counts(imported.body())).containsExactly(3, 1, 1, 1);
    assertThat(calls.proofCount()).isEqualTo(proofsBefore + 1);
    assertThat(catalog.requireProof(hall.sharedProof()).terms().name())
        .as("not in the file: left alone")
        .isEqualTo("测试证明" + hall.sharedProof());
    Proof updated = catalog.requireProof("T-IMP-11");
    assertThat(updated.terms().name()).isEqualTo("测试承诺");
    assertThat(updated.commitment().version()).isEqualTo(2);
    assertThat(updated.commitment().text()).isEqualTo("第二版承诺书");
    assertThat(catalog.requireProof("T-IMP-12").terms().provider()).isEqualTo("social-insurance");
    JsonNode change = admin.get(PROOFS + "/T-IMP-11/changes").body().path("content").get(0);
    assertThat(change.path("action").asText()).isEqualTo("UPDATED");
    assertThat(change.path("via").asText()).isEqualTo("IMPORT");
    assertThat(change.path("source").asText()).isEqualTo("更新.csv");
    assertThat(change.path("changedBy").asText()).isEqualTo(hall.admin());
    assertThat(change.path("before").path("commitment").path("text").asText()).isEqualTo("第一版承诺书");
    assertThat(change.path("after").path("commitment").path("text").asText()).isEqualTo("第二版承诺书");
    assertThat(
            jdbc.queryForObject(
                "SELECT updated_by FROM proof WHERE code = 'T-IMP-12'", String.class))
        .isEqualTo(hall.admin());

    List<String> afterImport = calls.snapshot();
    Api.Response again = calls.importFile("更新.csv", file, false);
    assertThat(counts(again.body())).containsExactly(3, 0, 0, 3);
    assertThat(calls.snapshot()).as("an unchanged text adds no version").isEqualTo(afterImport);
  }

  private static List<Integer> counts(JsonNode result) {
    return List.of(
        result.path("rows").asInt(),
        result.path("created").asInt(),
        result.path("updated").asInt(),
        result.path("unchanged").asInt());
  }

  @Test
  void refusesFilesItCannotOrWillNotRead() throws Exception {
    byte[] good = csv(List.of(required("T-IMP-20", "好")));

    Api.Response xls =
        calls.importFile(
            "proofs.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, false);
    assertThat(xls.status()).isEqualTo(400);
    assertThat(xls.code()).isEqualTo("PROOF_IMPORT_FORMAT_UNSUPPORTED");

    byte[] gbk =
        new String(good, 3, good.length - 3, StandardCharsets.UTF_8)
            .getBytes(Charset.forName("GBK"));
    assertThat(calls.importFile("proofs.csv", gbk, false).code())
        .isEqualTo("PROOF_IMPORT_ENCODING");

    assertThat(calls.importFile("proofs.xlsx", good, false).code())
        .isEqualTo("PROOF_IMPORT_UNREADABLE");
    byte[] workbook = xlsx(Map.of(0, HEADER, 1, required("T-IMP-20", "好")));
    assertThat(calls.importFile("proofs.csv", workbook, false).code())
        .isEqualTo("PROOF_IMPORT_UNREADABLE");
    Api.Response openQuote =
        calls.importFile(
            "proofs.csv",
            (String.join(",", HEADER) + "\nT-IMP-20,\"好\n").getBytes(StandardCharsets.UTF_8),
            false);
    assertThat(openQuote.code()).isEqualTo("PROOF_IMPORT_UNREADABLE");
    assertThat(openQuote.body().path("line").asInt()).isEqualTo(2);

    assertThat(calls.importFile("proofs.csv", csv(List.of()), false).code())
        .isEqualTo("PROOF_IMPORT_EMPTY");
    assertThat(calls.importFile("proofs.csv", new byte[0], false).code())
        .isEqualTo("PROOF_IMPORT_EMPTY");
    assertThat(catalog.findProof("T-IMP-20")).isEmpty();

    assertThat(calls.importFile("no-extension", workbook, false).status())
        .as("a workbook is known by its content")
        .isEqualTo(200);
  }

  @Test
  void refusesHugeFilesBeforeReadingThemThrough() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i <= ProofFileIntake.MAX_ROWS; i++) {
      rows.add(required("T-IMP-R" + i, "行"));
    }
    Api.Response tooManyRows = calls.importFile("proofs.csv", csv(rows), false);
    assertThat(tooManyRows.status()).isEqualTo(413);
    assertThat(tooManyRows.code()).isEqualTo("PROOF_IMPORT_TOO_LARGE");
    assertThat(tooManyRows.text("detail")).contains("10 MB", "5000 行");

    byte[] tooLarge = new byte[(int) ProofFileIntake.MAX_FILE_BYTES + 1];
    Arrays.fill(tooLarge, (byte) 'a');
    assertThat(calls.importFile("proofs.csv", tooLarge, false).code())
        .isEqualTo("PROOF_IMPORT_TOO_LARGE");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM proof WHERE code LIKE 'T-IMP-R%'", Long.class))
        .isZero();
  }

  @Test
  void importsAThousandRowsEitherWay() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    String text = "本单位承诺：所填信息真实、准确、完整，如有不实愿意承担相应法律责任。".repeat(5);
    for (int i = 0; i < 1000; i++) {
      String code = String.format("T-IMP-P%04d", i);
      rows.add(
          switch (i % 4) {
            case 0 -> required(code, "批量证明" + i);
            case 1 -> sharing(code);
            case 2 -> commitment(code, text + i, "MEDIUM");
            default -> with(required(code, "批量证明" + i), "disposition", "ABOLISHED");
          });
    }

    Api.Response created = calls.importFile("thousand.csv", csv(rows), false);

    assertThat(created.status()).as(created.toString()).isEqualTo(200);
    assertThat(counts(created.body())).containsExactly(1000, 1000, 0, 0);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM proof_commitment_text WHERE proof_code LIKE 'T-IMP-P%'",
                Long.class))
        .isEqualTo(250);

    Map<Integer, List<String>> sheet = new LinkedHashMap<>();
    sheet.put(0, HEADER);
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      sheet.put(i + 1, i % 2 == 0 ? with(row, "note", "改了备注") : row);
    }
    Api.Response updated = calls.importFile("thousand.xlsx", xlsx(sheet), false);

    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(counts(updated.body())).containsExactly(1000, 0, 500, 500);
  }

  @Test
  void anImportWithoutAFileIsRefused() {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("upload", "code");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response =
        journeys
            .http(hall.admin())
            .postForEntity(PROOFS + "/import", new HttpEntity<>(parts, headers), String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("\"code\":\"PARAMETER_INVALID\"").contains("file");
  }
}
