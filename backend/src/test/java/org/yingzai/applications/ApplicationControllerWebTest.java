package org.yingzai.applications;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yingzai.support.Callers.clerk;
import static org.yingzai.support.Callers.enterprise;
import static org.yingzai.support.Problems.detail;
import static org.yingzai.support.Problems.problem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yingzai.clock.WarningLevel;
import org.yingzai.shared.ProblemException;
import org.yingzai.support.WebSliceTest;

/** What an applicant sends about an application, and how a bad request is refused. */
@WebSliceTest
class ApplicationControllerWebTest {

  @Autowired MockMvc mvc;
  @Autowired Drafts drafts;
  @Autowired MaterialUploads uploads;
  @Autowired Submissions submissions;
  @Autowired SupplementAnswers supplements;
  @Autowired Withdrawals withdrawals;
  @Autowired ApplicationViews views;

  private static MockHttpServletRequestBuilder create(String body) {
    return post("/api/applications")
        .with(enterprise(1))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Test
  void missingItemCodeIsAValidationProblem() throws Exception {
    mvc.perform(create("{\"form\":{}}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(detail("提交的内容有误：itemCode"))
        .andExpect(jsonPath("$.errors.itemCode").exists());
    mvc.perform(create("{\"itemCode\":\"" + "X".repeat(33) + "\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors.itemCode").exists());
    mvc.perform(create("{\"form\":{}}").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(detail("The request has invalid fields: itemCode"));

    verifyNoInteractions(drafts);
  }

  @Test
  void aBodyOverTheCapIsRefusedBeforeItIsRead() throws Exception {
    String big =
        "{\"itemCode\":\"GX-PLAN-001\",\"form\":{\"note\":\"" + "x".repeat(5 << 20) + "\"}}";

    mvc.perform(create(big)).andExpect(problem(HttpStatus.PAYLOAD_TOO_LARGE, "FORM_TOO_LARGE"));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/applications/a-1/form")
                .with(enterprise(1))
                .contentType(MediaType.APPLICATION_JSON)
                .content(big.substring(0, FormBodyLimit.MAX_BODY_BYTES + 1)))
        .andExpect(problem(HttpStatus.PAYLOAD_TOO_LARGE, "FORM_TOO_LARGE"))
        .andExpect(detail("申请表过大：至多 100 项、64 KB。"));
    mvc.perform(create(big).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(detail("The application form is too large: at most 100 fields and 64 KB."));

    verifyNoInteractions(drafts);
  }

  @Test
  void aBodyThatIsNotJsonIsUnreadable() throws Exception {
    mvc.perform(create("itemCode=GX-PLAN-001"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "BODY_UNREADABLE"));
    mvc.perform(
            post("/api/applications")
                .with(enterprise(1))
                .contentType(MediaType.TEXT_PLAIN)
                .content("GX-PLAN-001"))
        .andExpect(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "MEDIA_TYPE_UNSUPPORTED"))
        .andExpect(jsonPath("$.detail", startsWith("不支持的内容类型：text/plain")));
  }

  @Test
  void unknownItemIsRefusedAsNotFound() throws Exception {
    given(drafts.create(any(), eq(null)))
        .willThrow(ProblemException.notFound("ITEM_NOT_FOUND", "GX-NOPE-999"));

    mvc.perform(create("{\"itemCode\":\"GX-NOPE-999\"}"))
        .andExpect(problem(HttpStatus.NOT_FOUND, "ITEM_NOT_FOUND"))
        .andExpect(detail("事项“GX-NOPE-999”不存在。"));
  }

  @Test
  void anUploadNeedsTheMaterialCodeAndTheFile() throws Exception {
    mvc.perform(multipart("/api/applications/a-1/materials").with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"))
        .andExpect(detail("参数“materialCode”缺失或格式不正确。"));
    mvc.perform(
            multipart("/api/applications/a-1/materials")
                .param("materialCode", "M01")
                .with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"))
        .andExpect(detail("参数“file”缺失或格式不正确。"));

    verifyNoInteractions(uploads);
  }

  @Test
  void aSupplementAnswerKeepsItsCommentShort() throws Exception {
    mvc.perform(
            post("/api/applications/a-1/supplement")
                .with(enterprise(1))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\":\"" + "补".repeat(2001) + "\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors.comment").exists());

    verifyNoInteractions(supplements);
  }

  @Test
  void listsArePagedWithinTheLimitsAndFilteredByAKnownStatus() throws Exception {
    mvc.perform(get("/api/applications?size=101").with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PAGE_SIZE_INVALID"));
    mvc.perform(get("/api/applications?page=-1").with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PAGE_INVALID"))
        .andExpect(detail("页码不能小于 0（收到 -1）。"));
    mvc.perform(get("/api/applications?status=LOST").with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"))
        .andExpect(detail("参数“status”缺失或格式不正确。"));
    mvc.perform(get("/api/applications/a-1/materials/first").with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"))
        .andExpect(detail("参数“materialId”缺失或格式不正确。"));

    verifyNoInteractions(views, uploads);
  }

  @Test
  void anApplicationOneMayNotSeeIsNotFound() throws Exception {
    given(views.get("a-9")).willThrow(ProblemException.notFound("APPLICATION_NOT_FOUND", "a-9"));

    mvc.perform(get("/api/applications/a-9").with(enterprise(1)))
        .andExpect(problem(HttpStatus.NOT_FOUND, "APPLICATION_NOT_FOUND"))
        .andExpect(detail("办件 a-9 不存在或您无权查看。"));
    mvc.perform(get("/api/applications/a-9").with(enterprise(1)).header("Accept-Language", "en"))
        .andExpect(detail("Application a-9 does not exist or you may not see it."));
  }

  @Test
  void onlyEnterprisesApplyAndSubmit() throws Exception {
    mvc.perform(
            post("/api/applications")
                .with(clerk("planning", "accept"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemCode\":\"GX-PLAN-001\"}"))
        .andExpect(problem(HttpStatus.FORBIDDEN, "FORBIDDEN"));
    // a clerk reaches the submission (a receiving clerk submits the drafts taken at the counter);
    // whose draft it is, the use case decides (IntakeJourneyTest)
    mvc.perform(post("/api/applications/a-1/submit"))
        .andExpect(problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"))
        .andExpect(detail("请先登录：用用户名和密码（HTTP Basic）调用此接口。"));

    verifyNoInteractions(drafts);
  }

  @Test
  void theListRefusesAnUnknownLevelAsTheQueueDoes() throws Exception {
    mvc.perform(get("/api/applications?warningLevel=PURPLE").with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"))
        .andExpect(detail("参数“warningLevel”缺失或格式不正确。"));
    // levels and statuses are named as documented, in capitals, on every list alike
    mvc.perform(get("/api/applications?warningLevel=red").with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"));
    mvc.perform(get("/api/applications?status=LOST").with(clerk("planning", "accept")))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"));

    verifyNoInteractions(views);
  }

  @Test
  void theListPassesAKnownLevelOn() throws Exception {
    mvc.perform(get("/api/applications?warningLevel=RED").with(enterprise(1)));

    verify(views).list(eq(null), eq(WarningLevel.RED), eq(null), any());
  }

  @Test
  void anIdempotencyKeyOverTheCapIsRefusedBeforeAnythingIsLookedUp() throws Exception {
    String key = "k".repeat(129);
    mvc.perform(
            post("/api/applications/no-such-id/submit")
                .with(enterprise(1))
                .header("Idempotency-Key", key))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID"));
    mvc.perform(create("{\"itemCode\":\"GX-PLAN-001\"}").header("Idempotency-Key", key))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID"));
    mvc.perform(create("{\"itemCode\":\"GX-PLAN-001\"}").header("Idempotency-Key", " "))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID"));

    verifyNoInteractions(submissions, drafts);
  }

  private static MockHttpServletRequestBuilder withdraw(String body) {
    return post("/api/applications/a-1/withdraw")
        .with(enterprise(1))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Test
  void aWithdrawalHandsTheReasonToTheServiceAndAnswersWhatItRefuses() throws Exception {
    mvc.perform(withdraw("{\"reason\":\"项目取消\"}")).andExpect(status().isOk());
    verify(withdrawals).withdraw("a-1", "项目取消");
    // no body at all is a missing reason, which the service refuses as the page's empty field
    mvc.perform(post("/api/applications/a-1/withdraw").with(enterprise(1)))
        .andExpect(status().isOk());
    verify(withdrawals).withdraw("a-1", null);

    given(withdrawals.withdraw("a-2", null))
        .willThrow(ProblemException.badRequest("WITHDRAWAL_REASON_REQUIRED"));
    mvc.perform(post("/api/applications/a-2/withdraw").with(enterprise(1)))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "WITHDRAWAL_REASON_REQUIRED"))
        .andExpect(detail("撤回申请须写明理由（reason），理由将记入办理过程。"));
    given(withdrawals.withdraw("a-3", "晚了"))
        .willThrow(
            ProblemException.conflict(
                "APPLICATION_NOT_WITHDRAWABLE", "YZ20260302000001", ApplicationStatus.APPROVED));
    MockHttpServletRequestBuilder late =
        post("/api/applications/a-3/withdraw")
            .with(enterprise(1))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"晚了\"}");
    mvc.perform(late)
        .andExpect(problem(HttpStatus.CONFLICT, "APPLICATION_NOT_WITHDRAWABLE"))
        .andExpect(jsonPath("$.detail", startsWith("办件 YZ20260302000001 当前状态为 APPROVED，不能撤回")));
    mvc.perform(late.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(
            jsonPath(
                "$.detail", startsWith("Application YZ20260302000001 is APPROVED and cannot be")));
  }

  @Test
  void aWithdrawalReasonOverItsCapOrFromAClerkIsRefusedBeforeTheService() throws Exception {
    mvc.perform(withdraw("{\"reason\":\"" + "理".repeat(Withdrawals.MAX_REASON + 1) + "\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors.reason").exists());
    mvc.perform(withdraw("{\"reason\":"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "BODY_UNREADABLE"));
    mvc.perform(
            post("/api/applications/a-1/withdraw")
                .with(clerk("planning", "accept"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"代为撤回\"}"))
        .andExpect(problem(HttpStatus.FORBIDDEN, "FORBIDDEN"));
    mvc.perform(post("/api/applications/a-1/withdraw"))
        .andExpect(problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"));

    verifyNoInteractions(withdrawals);
  }
}
