package org.yingzai.files;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every column that names a stored file by its sha256. The sweep keeps what any of them names, so a
 * table that comes to point to stored files must be listed here; {@code ContentFileReferencesTest}
 * fails on a sha256 column that is neither here nor known as the hash of something else.
 */
@Component
class ContentFileReferences {

  record Column(String table, String column) {}

  static final List<Column> COLUMNS =
      List.of(
          new Column("application_material", "sha256"),
          new Column("result_document", "sha256"),
          new Column("outbox_message", "attachment_sha256"),
          new Column("audit_archive", "file_sha256"),
          new Column("project_stage_upload", "sha256"),
          new Column("joint_result", "sha256"),
          new Column("intake_person", "authorization_sha256"));

  // built from the constants above only, never from input
  private static final String REFERENCED =
      COLUMNS.stream()
          .map(
              column ->
                  "SELECT "
                      + column.column()
                      + " AS sha256 FROM "
                      + column.table()
                      + " WHERE "
                      + column.column()
                      + " IN (:sha256s)")
          .collect(Collectors.joining(" UNION "));

  private final NamedParameterJdbcTemplate jdbc;

  ContentFileReferences(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Those of the sha256s that some row names. */
  Set<String> referenced(Collection<String> sha256s) {
    if (sha256s.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.queryForList(REFERENCED, Map.of("sha256s", sha256s), String.class));
  }
}
