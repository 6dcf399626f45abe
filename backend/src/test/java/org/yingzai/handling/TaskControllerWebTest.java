package org.yingzai.handling;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.yingzai.applications.ApplicationStatus;
import org.yingzai.applications.Step;
import org.yingzai.shared.ProblemException;
import org.yingzai.support.WebSliceTest;

/** The work queue's requests: what a clerk sends to claim and finish a step, and the refusals. */
@WebSliceTest
class TaskControllerWebTest {

  @Autowired MockMvc mvc;
  @Autowired HandlingService handling;
  @Autowired WorkQueue queue;

  private static MockHttpServletRequestBuilder complete(String body) {
    return post("/api/tasks/t-1/complete")
        .with(clerk("planning", "accept"))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Test
  void finishesAStepWithTheOutcomeGiven() throws Exception {
    given(handling.complete(eq("t-1"), any()))
        .willReturn(
            new CompletionResponse(
                "t-1", Step.ACCEPT, Outcome.ACCEPT, "a-1", "YZ1", ApplicationStatus.UNDER_REVIEW));

    mvc.perform(complete("{\"outcome\":\"ACCEPT\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("ACCEPT"))
        .andExpect(jsonPath("$.applicationStatus").value("UNDER_REVIEW"));
  }

  @Test
  void anOutcomeIsRequired() throws Exception {
    mvc.perform(complete("{\"comment\":\"同意\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(detail("提交的内容有误：outcome"))
        .andExpect(jsonPath("$.errors.outcome").exists());
    mvc.perform(complete("{\"outcome\":\" \"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"));
    mvc.perform(complete("{\"outcome\":\"PASS\",\"comment\":\"" + "长".repeat(2001) + "\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors.comment").exists());
    mvc.perform(complete("{\"outcome\":"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "BODY_UNREADABLE"))
        .andExpect(detail("请求内容不是有效的 JSON 或字段类型不符。"));

    verifyNoInteractions(handling);
  }

  @Test
  void anOutcomeTheStepDoesNotOfferIsRefusedWithTheOnesItDoes() throws Exception {
    given(handling.complete(eq("t-1"), any()))
        .willThrow(
            ProblemException.badRequest(
                "OUTCOME_NOT_ALLOWED", "PASS", Step.ACCEPT, "ACCEPT, REQUEST_SUPPLEMENT"));

    mvc.perform(complete("{\"outcome\":\"PASS\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "OUTCOME_NOT_ALLOWED"))
        .andExpect(detail("“ACCEPT”环节不能给出结论 PASS；可选：ACCEPT, REQUEST_SUPPLEMENT。"));
    mvc.perform(complete("{\"outcome\":\"PASS\"}").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "OUTCOME_NOT_ALLOWED"))
        .andExpect(detail("Step ACCEPT has no outcome PASS; allowed: ACCEPT, REQUEST_SUPPLEMENT."));
  }

  @Test
  void anOutcomeThatNeedsAReasonWithoutACommentIsRefused() throws Exception {
    given(handling.complete(eq("t-1"), any()))
        .willThrow(ProblemException.badRequest("COMMENT_REQUIRED", Outcome.NOT_ACCEPT));

    mvc.perform(complete("{\"outcome\":\"NOT_ACCEPT\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "COMMENT_REQUIRED"))
        .andExpect(detail("结论 NOT_ACCEPT 须填写意见（理由）。"));
    mvc.perform(complete("{\"outcome\":\"NOT_ACCEPT\"}").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(detail("Outcome NOT_ACCEPT needs a comment giving the reason."));
  }

  @Test
  void claimingAnotherClerksTaskIsAConflictAndAnUnknownOneIsNotFound() throws Exception {
    given(handling.claim("t-1"))
        .willThrow(ProblemException.conflict("TASK_HELD_BY_OTHER", "reviewer"));
    given(handling.claim("t-9")).willThrow(ProblemException.notFound("TASK_NOT_FOUND", "t-9"));

    mvc.perform(post("/api/tasks/t-1/claim").with(clerk("planning", "review")))
        .andExpect(problem(HttpStatus.CONFLICT, "TASK_HELD_BY_OTHER"))
        .andExpect(detail("该待办已由 reviewer 签收办理。"));
    mvc.perform(post("/api/tasks/t-9/claim").with(clerk("planning", "review")))
        .andExpect(problem(HttpStatus.NOT_FOUND, "TASK_NOT_FOUND"))
        .andExpect(detail("待办 t-9 不存在或不属于您的职责范围。"));
  }

  @Test
  void onlyClerksWorkTasks() throws Exception {
    mvc.perform(
            post("/api/tasks/t-1/complete")
                .with(enterprise(1))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"ACCEPT\"}"))
        .andExpect(problem(HttpStatus.FORBIDDEN, "FORBIDDEN"))
        .andExpect(detail("您的角色无权进行此操作。"));
    mvc.perform(post("/api/tasks/t-1/claim"))
        .andExpect(problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"));

    verifyNoInteractions(handling);
  }

  @Test
  void theQueueRefusesAnUnknownLevelOrStep() throws Exception {
    mvc.perform(get("/api/tasks?warningLevel=PURPLE").with(clerk("planning", "accept")))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"))
        .andExpect(detail("参数“warningLevel”缺失或格式不正确。"));
    mvc.perform(get("/api/tasks?step=LUNCH").with(clerk("planning", "accept")))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"));
    mvc.perform(get("/api/tasks?size=101").with(clerk("planning", "accept")))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PAGE_SIZE_INVALID"));

    verifyNoInteractions(queue);
  }
}
