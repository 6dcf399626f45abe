package org.yingzai.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.yingzai.shared.Sha256;
import org.yingzai.support.MapperTest;

/**
 * The sweep knows every column that names a stored file: each sha256 column of the schema is either
 * listed in {@link ContentFileReferences} or known here as the hash of something else, so a new
 * table that points to stored files fails this test until it is listed.
 */
@MapperTest
class ContentFileReferencesTest {

  // sha256 columns that hash texts, records or chains, never a stored file
  private static final Set<String> NOT_FILES =
      Set.of(
          "proof_commitment_text.sha256",
          "evidence_fetch.fields_sha256",
          "commitment_signature.text_sha256");

  @Autowired JdbcTemplate jdbc;

  @Test
  void everySha256ColumnIsAStoredFileReferenceOrKnownAsSomethingElse() {
    List<String> columns =
        jdbc.queryForList(
            "SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND column_name LIKE '%sha256%'",
            String.class);
    Set<String> references =
        ContentFileReferences.COLUMNS.stream()
            .map(column -> column.table() + "." + column.column())
            .collect(Collectors.toSet());

    assertThat(references).allSatisfy(reference -> assertThat(columns).contains(reference));
    assertThat(columns)
        .as("a sha256 column that is neither a stored file's reference nor known as another hash")
        .allSatisfy(
            column ->
                assertThat(references.contains(column) || NOT_FILES.contains(column))
                    .as(column)
                    .isTrue());
  }

  @Test
  void answersTheSha256sThatSomeRowNames() {
    String named = Sha256.of("an attachment");
    String unnamed = Sha256.of("nobody's");
    jdbc.update(
        "INSERT INTO outbox_message (recipient, channel, address, kind, subject, body,"
            + " attachment_sha256, attachment_name, status, next_attempt_at, created_at)"
            + " VALUES ('someone', 'EMAIL', 'a@example.com', 'RESULT_ISSUED', 's', 'b', ?, 'a.pdf',"
            + " 'PENDING', NOW(), NOW())",
        named);

    Set<String> referenced =
        new ContentFileReferences(new NamedParameterJdbcTemplate(jdbc))
            .referenced(List.of(named, unnamed));

    assertThat(referenced).containsExactly(named);
  }
}
