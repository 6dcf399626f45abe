package org.yingzai.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.shared.Sha256;
import org.yingzai.support.Api;
import org.yingzai.support.Files;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.MailServer;
import org.yingzai.support.WithHall;

/**
 * Each notice of the applicant's application, and an urge to the department's clerks, arrives as
 * one e-mail at the address the user gave, sent by the outbox sender through a real SMTP server:
 * the supplement request with every material, the acceptance, a special procedure's start and end,
 * an extension with its reason, a decision with its document attached, a non-acceptance, a
 * revocation. A user without an address or with e-mail off gets none.
 */
@WithHall
class NoticesByEmailTest {

  @RegisterExtension static GreenMailExtension mail = new GreenMailExtension(MailServer.SMTP);

  @Autowired OutboxSender sender;
  @Autowired JdbcTemplate jdbc;

  Hall hall;
  Journeys journeys;

  static String address(String username) {
    return username + "@example.cn";
  }

  @BeforeEach
  void theApplicantWantsEmail() {
    wantsEmail(hall.enterprise(), true);
  }

  @AfterEach
  void sendWhatIsLeft() {
    // nothing of one test is sent in the next
    sendAll();
  }

  private void wantsEmail(String username, boolean enabled) {
    Api.Response saved =
        journeys
            .as(username)
            .put(
                "/api/me/notification-settings",
                Map.of("email", address(username), "emailEnabled", enabled));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  private void sendAll() {
    while (sender.run() > 0) {}
  }

  private static void ok(Api.Response response) {
    assertThat(response.status()).as(response.toString()).isBetween(200, 201);
  }

  private String number(String id) {
    return journeys.application(hall.enterprise(), id).path("number").asText();
  }

  /** The e-mails received for the recipient about the application, in the order they arrived. */
  private static List<MimeMessage> mailsAbout(String recipient, String number) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getSubject().contains(number)
          && Arrays.stream(message.getAllRecipients())
              .anyMatch(to -> to.toString().equals(address(recipient)))) {
        found.add(message);
      }
    }
    return found;
  }

  private static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof String plain) {
      return plain;
    }
    Multipart parts = (Multipart) content;
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equals(part.getDisposition())) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("No text in " + message.getSubject());
  }

  private static List<BodyPart> attachments(MimeMessage message) throws Exception {
    List<BodyPart> found = new ArrayList<>();
    if (message.getContent() instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        if (Part.ATTACHMENT.equals(parts.getBodyPart(i).getDisposition())) {
          found.add(parts.getBodyPart(i));
        }
      }
    }
    return found;
  }

  private static byte[] bytes(BodyPart part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    }
  }

  private List<String> subjects(List<MimeMessage> messages) {
    return messages.stream()
        .map(
            message -> {
              try {
                return message.getSubject();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @Test
  void eachStepOfAnApprovalArrivesByEmailOnceAndTheDecisionCarriesItsDocument() throws Exception {
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = number(id);
    ok(journeys.requestSupplement(hall.clerk(), id, "请补交盖章的申请表", "M01"));
    Api enterprise = journeys.as(hall.enterprise());
    ok(
        enterprise.upload(
            "/api/applications/" + id + "/materials", "M01", "申请表.pdf", Files.pdf("盖章")));
    ok(enterprise.post("/api/applications/" + id + "/supplement", null));
    ok(journeys.complete(hall.clerk(), id, "ACCEPT", null));
    ok(journeys.startSpecialProcedure(hall.reviewer(), id, "EXPERT_REVIEW", "组织专家评审"));
    ok(journeys.complete(hall.reviewer(), id, "PROCEDURE_FINISHED", "专家评审意见：方案可行"));
    ok(
        journeys
            .as(hall.approver())
            .post(
                "/api/applications/" + id + "/extensions",
                Map.of("days", 3, "reason", "需征求相关部门意见")));
    ok(journeys.complete(hall.reviewer(), id, "PASS", null));
    ok(journeys.complete(hall.approver(), id, "APPROVE", null));
    // nothing has left before the sender runs
    assertThat(mailsAbout(hall.enterprise(), number)).isEmpty();

    sendAll();
    sendAll();

    List<MimeMessage> mails = mailsAbout(hall.enterprise(), number);
    assertThat(subjects(mails))
        .containsExactly(
            "办件 " + number + " 需要补正材料",
            "办件 " + number + " 已受理",
            "办件 " + number + " 进入特别程序，暂停计时",
            "办件 " + number + " 特别程序结束，恢复计时",
            "办件 " + number + " 的办理期限已延长",
            "办件 " + number + " 已办结：准予许可");
    // the same words as the inbox
    List<String> inbox =
        journeys
            .as(hall.enterprise())
            .get("/api/notifications?size=100")
            .body()
            .path("content")
            .findValuesAsText("body");
    for (MimeMessage message : mails) {
      assertThat(inbox).contains(text(message).strip());
    }
    String material =
        journeys
            .application(hall.enterprise(), id)
            .path("supplementRequests")
            .get(0)
            .path("materials")
            .get(0)
            .path("name")
            .asText();
    assertThat(text(mails.get(0))).contains(material).contains("请补交盖章的申请表");
    assertThat(text(mails.get(2))).contains("专家评审");
    assertThat(text(mails.get(4))).contains("3 个工作日").contains("需征求相关部门意见");
    // each message names its outbox row, once
    assertThat(mails.stream().map(this::messageId).distinct())
        .hasSize(6)
        .allMatch(messageId -> messageId.matches("<outbox-\\d+@yingzai>"));

    Map<String, Object> document =
        jdbc.queryForMap(
            "SELECT code, document_number, sha256 FROM result_document WHERE application_id = ?",
            id);
    MimeMessage decided = mails.get(5);
    assertThat(text(decided))
        .contains((String) document.get("document_number"))
        .contains((String) document.get("code"))
        .contains("/verify/" + document.get("code"));
    List<BodyPart> attached = attachments(decided);
    assertThat(attached).hasSize(1);
    // the name the download gives it, encoded for the mail header
    assertThat(MimeUtility.decodeText(attached.get(0).getFileName()))
        .isEqualTo(((String) document.get("document_number")).replaceAll("[〔〕]", "-") + ".pdf");
    assertThat(Sha256.of(bytes(attached.get(0)))).isEqualTo(document.get("sha256"));
  }

  private String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aNonAcceptanceAndADenialArriveWithTheirDocuments() throws Exception {
    String refused = journeys.submitted(hall.enterprise(), hall.committedItem());
    ok(journeys.complete(hall.clerk(), refused, "NOT_ACCEPT", "申请事项不属于本机关职权范围"));
    String denied = journeys.accepted(hall.enterprise(), hall.committedItem());
    ok(journeys.complete(hall.reviewer(), denied, "PASS", null));
    ok(journeys.complete(hall.approver(), denied, "DENY", "拟建项目不符合规划。"));

    sendAll();

    List<MimeMessage> notAccepted = mailsAbout(hall.enterprise(), number(refused));
    assertThat(subjects(notAccepted)).containsExactly("办件 " + number(refused) + " 不予受理");
    assertThat(attachments(notAccepted.get(0))).hasSize(1);
    assertThat(text(notAccepted.get(0)))
        .contains(
            jdbc.queryForObject(
                "SELECT document_number FROM result_document WHERE application_id = ?",
                String.class,
                refused));
    List<MimeMessage> denial = mailsAbout(hall.enterprise(), number(denied));
    assertThat(subjects(denial))
        .containsExactly("办件 " + number(denied) + " 已受理", "办件 " + number(denied) + " 已办结：不予许可");
    assertThat(attachments(denial.get(1))).hasSize(1);
  }

  @Test
  void aRevocationArrivesWithItsReason() throws Exception {
    String id = journeys.submitted(hall.enterprise(), hall.permitItem());
    ok(journeys.complete(hall.clerk(), id, "ACCEPT", null));
    ok(journeys.complete(hall.reviewer(), id, "PASS", null));
    ok(journeys.complete(hall.approver(), id, "APPROVE", null));
    // the enterprise's first approval on a commitment is always verified
    ok(journeys.complete(hall.clerk(), id, "FALSE", "实地核查：申报住所不存在"));

    sendAll();

    List<MimeMessage> mails = mailsAbout(hall.enterprise(), number(id));
    assertThat(subjects(mails))
        .containsExactly(
            "办件 " + number(id) + " 已受理",
            "办件 " + number(id) + " 已办结：准予许可",
            "办件 " + number(id) + " 的办理结果已被撤销");
    assertThat(text(mails.get(2))).contains("申报住所不存在");
  }

  @Test
  void theAnswerToARectificationArrivesWithTheWrittenHandling() throws Exception {
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    ok(journeys.complete(hall.reviewer(), id, "PASS", null));
    ok(journeys.complete(hall.approver(), id, "APPROVE", null));
    ok(
        journeys
            .as(hall.enterprise())
            .post("/api/applications/" + id + "/ratings", Map.of("level", "VERY_DISSATISFIED")));
    ok(journeys.complete(hall.clerk(), id, "CALLED_BACK", "已电话回访"));
    ok(journeys.complete(hall.clerk(), id, "RECTIFIED", "已调整窗口排班，缩短等候时间"));

    sendAll();
    sendAll();

    List<MimeMessage> mails = mailsAbout(hall.enterprise(), number(id));
    assertThat(subjects(mails)).containsOnlyOnce("办件 " + number(id) + " 的差评整改已答复");
    MimeMessage answer =
        mails.stream()
            .filter(m -> subjects(List.of(m)).get(0).contains("差评整改"))
            .findFirst()
            .orElseThrow();
    assertThat(text(answer)).contains("已调整窗口排班，缩短等候时间");
  }

  @Test
  void anUrgeReachesTheDepartmentsClerksWhoWantEmail() throws Exception {
    wantsEmail(hall.clerk(), true);
    String id = journeys.submitted(hall.enterprise(), hall.committedItem());
    String number = number(id);

    ok(
        journeys
            .as(hall.supervisor())
            .post("/api/supervision/urges", Map.of("applicationId", id, "reason", "受理已近时限，请加快办理")));
    sendAll();

    List<MimeMessage> urged = mailsAbout(hall.clerk(), number);
    assertThat(subjects(urged)).containsExactly("办件 " + number + " 被督办");
    assertThat(text(urged.get(0))).contains("受理已近时限，请加快办理");
    // in the inbox of every clerk of the department; by e-mail only to the one who chose it
    for (String clerk : List.of(hall.clerk(), hall.reviewer(), hall.approver())) {
      assertThat(
              journeys
                  .as(clerk)
                  .get("/api/notifications?size=100")
                  .body()
                  .path("content")
                  .findValuesAsText("kind"))
          .contains(UrgeNotices.KIND_URGED);
    }
    assertThat(mailsAbout(hall.reviewer(), number)).isEmpty();
    assertThat(mailsAbout(hall.outsider(), number)).isEmpty();
  }

  @Test
  void aUserWithEmailOffOrWithoutAnAddressGetsNone() throws Exception {
    wantsEmail(hall.enterprise(), false);
    String id = journeys.accepted(hall.enterprise(), hall.committedItem());
    // the other enterprise has given no address at all
    String other = journeys.accepted(hall.otherEnterprise(), hall.committedItem());

    sendAll();

    assertThat(mailsAbout(hall.enterprise(), number(id))).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox_message WHERE application_id IN (?, ?)",
                Integer.class,
                id,
                other))
        .isZero();
    // the inbox is always on
    assertThat(
            journeys
                .as(hall.enterprise())
                .get("/api/notifications?size=100")
                .body()
                .path("content")
                .findValuesAsText("applicationId"))
        .contains(id);
  }
}
