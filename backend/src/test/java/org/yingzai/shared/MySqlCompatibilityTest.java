package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every mapper and migration reads as MySQL 8.4 and MariaDB 10.11+ both take it: nothing MySQL 8.4
 * deprecates or removed, nothing only MariaDB knows, and no column named by a word MySQL 8.4
 * reserves unless it is quoted. No MySQL server runs where the project is built; this reads the
 * SQL.
 */
class MySqlCompatibilityTest {

  private static final Map<String, Pattern> FORBIDDEN =
      Map.ofEntries(
          entry(
              "VALUES(col) in ON DUPLICATE KEY UPDATE",
              "ON\\s+DUPLICATE\\s+KEY\\s+UPDATE[^;<]*\\bVALUES\\s*\\("),
          entry("SQL_CALC_FOUND_ROWS", "\\bSQL_CALC_FOUND_ROWS\\b"),
          entry("FOUND_ROWS()", "\\bFOUND_ROWS\\s*\\("),
          entry("the utf8 (utf8mb3) character set", "\\butf8(mb3)?\\b"),
          entry(
              "an integer display width",
              "\\b(TINY|SMALL|MEDIUM|BIG)?INT(EGER)?\\s*\\(\\s*\\d+\\s*\\)"),
          entry("ZEROFILL", "\\bZEROFILL\\b"),
          entry("RETURNING (MariaDB only)", "\\bRETURNING\\b"),
          entry("CREATE OR REPLACE (MariaDB only)", "\\bCREATE\\s+OR\\s+REPLACE\\b"),
          entry("sequences (MariaDB only)", "\\b(CREATE\\s+SEQUENCE|NEXTVAL|LASTVAL)\\b"),
          entry(
              "IF [NOT] EXISTS on a column or an index (MariaDB only)",
              "\\b(ADD\\s+(COLUMN\\s+)?IF\\s+NOT\\s+EXISTS|INDEX\\s+IF\\s+NOT\\s+EXISTS"
                  + "|DROP\\s+(COLUMN|INDEX)\\s+IF\\s+EXISTS)\\b"),
          entry("LOCK IN SHARE MODE", "\\bLOCK\\s+IN\\s+SHARE\\s+MODE\\b"));

  /** A column definition: its unquoted name, then its type. */
  private static final Pattern COLUMN =
      Pattern.compile(
          "^\\s*(?:ADD\\s+(?:COLUMN\\s+)?|CHANGE\\s+(?:COLUMN\\s+)?\\w+\\s+|MODIFY\\s+(?:COLUMN\\s+)?)?"
              + "([A-Za-z_][A-Za-z0-9_]*)\\s+(?:BIGINT|INT|INTEGER|SMALLINT|TINYINT|DECIMAL|DOUBLE"
              + "|FLOAT|BOOLEAN|BOOL|CHAR|VARCHAR|TEXT|MEDIUMTEXT|LONGTEXT|DATE|DATETIME|TIMESTAMP"
              + "|TIME|JSON|BLOB|MEDIUMBLOB|LONGBLOB|BINARY|VARBINARY|ENUM)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  /** The reserved words of MySQL 8.4 (its manual's keyword list, those marked R). */
  private static final Set<String> RESERVED =
      Set.copyOf(
          Arrays.asList(
              ("ACCESSIBLE ADD ALL ALTER ANALYZE AND AS ASC ASENSITIVE BEFORE BETWEEN BIGINT BINARY"
                      + " BLOB BOTH BY CALL CASCADE CASE CHANGE CHAR CHARACTER CHECK COLLATE COLUMN"
                      + " CONDITION CONSTRAINT CONTINUE CONVERT CREATE CROSS CUBE CUME_DIST"
                      + " CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR DATABASE"
                      + " DATABASES DAY_HOUR DAY_MICROSECOND DAY_MINUTE DAY_SECOND DEC DECIMAL DECLARE"
                      + " DEFAULT DELAYED DELETE DENSE_RANK DESC DESCRIBE DETERMINISTIC DISTINCT"
                      + " DISTINCTROW DIV DOUBLE DROP DUAL EACH ELSE ELSEIF EMPTY ENCLOSED ESCAPED"
                      + " EXCEPT EXISTS EXIT EXPLAIN FALSE FETCH FIRST_VALUE FLOAT FLOAT4 FLOAT8 FOR"
                      + " FORCE FOREIGN FROM FULLTEXT FUNCTION GENERATED GET GRANT GROUP GROUPING"
                      + " GROUPS HAVING HIGH_PRIORITY HOUR_MICROSECOND HOUR_MINUTE HOUR_SECOND IF"
                      + " IGNORE IN INDEX INFILE INNER INOUT INSENSITIVE INSERT INT INT1 INT2 INT3"
                      + " INT4 INT8 INTEGER INTERSECT INTERVAL INTO IO_AFTER_GTIDS IO_BEFORE_GTIDS IS"
                      + " ITERATE JOIN JSON_TABLE KEY KEYS KILL LAG LAST_VALUE LATERAL LEAD LEADING"
                      + " LEAVE LEFT LIKE LIMIT LINEAR LINES LOAD LOCALTIME LOCALTIMESTAMP LOCK LONG"
                      + " LONGBLOB LONGTEXT LOOP LOW_PRIORITY MANUAL MASTER_BIND"
                      + " MASTER_SSL_VERIFY_SERVER_CERT MATCH MAXVALUE MEDIUMBLOB MEDIUMINT MEDIUMTEXT"
                      + " MIDDLEINT MINUTE_MICROSECOND MINUTE_SECOND MOD MODIFIES NATURAL NOT"
                      + " NO_WRITE_TO_BINLOG NTH_VALUE NTILE NULL NUMERIC OF ON OPTIMIZE"
                      + " OPTIMIZER_COSTS OPTION OPTIONALLY OR ORDER OUT OUTER OUTFILE OVER PARALLEL"
                      + " PARTITION PERCENT_RANK PRECISION PRIMARY PROCEDURE PURGE QUALIFY RANGE RANK"
                      + " READ READS READ_WRITE REAL RECURSIVE REFERENCES REGEXP RELEASE RENAME REPEAT"
                      + " REPLACE REQUIRE RESIGNAL RESTRICT RETURN REVOKE RIGHT RLIKE ROW ROWS"
                      + " ROW_NUMBER SCHEMA SCHEMAS SECOND_MICROSECOND SELECT SENSITIVE SEPARATOR SET"
                      + " SHOW SIGNAL SMALLINT SPATIAL SPECIFIC SQL SQLEXCEPTION SQLSTATE SQLWARNING"
                      + " SQL_BIG_RESULT SQL_CALC_FOUND_ROWS SQL_SMALL_RESULT SSL STARTING STORED"
                      + " STRAIGHT_JOIN SYSTEM TABLE TABLESAMPLE TERMINATED THEN TINYBLOB TINYINT"
                      + " TINYTEXT TO TRAILING TRIGGER TRUE UNDO UNION UNIQUE UNLOCK UNSIGNED UPDATE"
                      + " USAGE USE USING UTC_DATE UTC_TIME UTC_TIMESTAMP VALUES VARBINARY VARCHAR"
                      + " VARCHARACTER VARYING VIRTUAL WHEN WHERE WHILE WINDOW WITH WRITE XOR"
                      + " YEAR_MONTH ZEROFILL")
                  .split(" ")));

  /**
   * Words that start a clause before a function such as {@code DATE(…)}; reserved in MariaDB too, a
   * column of that name would fail every test already.
   */
  private static final Set<String> CLAUSES =
      Set.of(
          "SELECT", "WHERE", "AND", "OR", "NOT", "WHEN", "THEN", "ELSE", "ON", "AS", "BY", "SET");

  @Test
  void mappersAndMigrationsUseNothingMySql84DeprecatesOrMariaDbAloneKnows() throws IOException {
    List<String> found = new ArrayList<>();
    for (Resource file : sqlFiles()) {
      String sql = withoutComments(file.getContentAsString(StandardCharsets.UTF_8));
      FORBIDDEN.forEach(
          (what, pattern) -> {
            Matcher matcher = pattern.matcher(sql);
            if (matcher.find()) {
              found.add(file.getFilename() + ": " + what + " in «" + matcher.group() + "»");
            }
          });
    }
    assertThat(found).isEmpty();
  }

  @Test
  void noMigrationNamesAColumnByAWordMySql84ReservesWithoutQuotingIt() throws IOException {
    List<String> found = new ArrayList<>();
    for (Resource file : migrations()) {
      Matcher column =
          COLUMN.matcher(withoutComments(file.getContentAsString(StandardCharsets.UTF_8)));
      while (column.find()) {
        String name = column.group(1).toUpperCase(Locale.ROOT);
        if (RESERVED.contains(name) && !CLAUSES.contains(name)) {
          found.add(file.getFilename() + ": " + column.group(1));
        }
      }
    }
    assertThat(migrations()).hasSizeGreaterThan(30);
    assertThat(found).isEmpty();
  }

  @Test
  void theReservedWordCheckFindsAnUnquotedReservedColumn() {
    Matcher column =
        COLUMN.matcher("CREATE TABLE t (\n  last_value INT NOT NULL,\n  `rank` INT\n)");
    List<String> names = new ArrayList<>();
    while (column.find()) {
      names.add(column.group(1));
    }
    assertThat(names).containsExactly("last_value");
    assertThat(RESERVED).contains("LAST_VALUE", "RANK");
  }

  private static List<Resource> sqlFiles() throws IOException {
    List<Resource> files = new ArrayList<>(migrations());
    files.addAll(
        Arrays.asList(
            new PathMatchingResourcePatternResolver()
                .getResources("classpath*:org/yingzai/**/*Mapper.xml")));
    assertThat(files.stream().map(Resource::getFilename).collect(Collectors.toSet()))
        .contains("ApplicationMapper.xml", "V1__identity.sql");
    return files;
  }

  private static List<Resource> migrations() throws IOException {
    return Arrays.asList(
        new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql"));
  }

  private static String withoutComments(String sql) {
    return sql.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?m)--.*$", " ");
  }

  private static Map.Entry<String, Pattern> entry(String what, String regex) {
    return Map.entry(what, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }
}
