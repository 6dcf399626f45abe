package org.yingzai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.Api;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/** The overdue and at-risk lists, and their Excel exports. */
@WithHall
class WatchListTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  Hall hall;
  Journeys journeys;

  private String acceptedWithLevel(String level) {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    journeys.complete(hall.clerk(), id, "ACCEPT", null);
    jdbc.update("UPDATE application SET warning_level = ? WHERE id = ?", level, id);
    return id;
  }

  @Test
  void overdueAndAtRiskListTheirOwnLevelOnly() {
    String red = acceptedWithLevel("RED");
    String yellow = acceptedWithLevel("YELLOW");
    Api supervisor = journeys.as(hall.supervisor());

    String overdue = supervisor.get("/api/supervision/overdue?size=100").body().toString();
    assertThat(overdue).contains(red).doesNotContain(yellow);
    String atRisk =
        supervisor
            .get("/api/supervision/at-risk?size=100&department=" + hall.department())
            .body()
            .toString();
    assertThat(atRisk).contains(yellow).doesNotContain(red);
    assertThat(
            supervisor
                .get("/api/supervision/at-risk?department=" + hall.otherDepartment())
                .body()
                .toString())
        .doesNotContain(yellow);
    assertThat(journeys.as(hall.clerk()).get("/api/supervision/overdue").status()).isEqualTo(403);
  }

  @Test
  void overdueListAndTimingBoardExportToExcel() throws Exception {
    String red = acceptedWithLevel("RED");
    String number = journeys.application(hall.enterprise(), red).path("number").asText();
    TestRestTemplate supervisor = journeys.http(hall.supervisor());

    ResponseEntity<byte[]> overdue =
        supervisor.exchange("/api/supervision/overdue.xlsx", HttpMethod.GET, null, byte[].class);
    assertThat(overdue.getStatusCode().value()).isEqualTo(200);
    assertThat(overdue.getHeaders().getContentType().toString()).contains("spreadsheetml");
    assertThat(cells(overdue.getBody(), 0)).contains(number, hall.departmentName(), "RED");

    ResponseEntity<byte[]> board =
        supervisor.exchange("/api/supervision/overview.xlsx", HttpMethod.GET, null, byte[].class);
    assertThat(board.getStatusCode().value()).isEqualTo(200);
    assertThat(cells(board.getBody(), 1)).contains(hall.departmentName());
  }

  private static List<String> cells(byte[] xlsx, int sheetIndex) throws Exception {
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(sheetIndex);
      for (Row row : sheet) {
        row.forEach(cell -> cells.add(cell.toString()));
      }
    }
    return cells;
  }
}
