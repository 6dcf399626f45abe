package org.yingzai.supervision;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yingzai.support.Callers.clerk;
import static org.yingzai.support.Callers.supervisor;
import static org.yingzai.support.Problems.detail;
import static org.yingzai.support.Problems.problem;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yingzai.shared.ProblemException;
import org.yingzai.support.WebSliceTest;

/** What supervisors send to urge an application and departments to answer, and the refusals. */
@WebSliceTest
class UrgeControllerWebTest {

  @Autowired MockMvc mvc;
  @Autowired UrgeService urges;

  private static MockHttpServletRequestBuilder urge(RequestPostProcessor caller, String body) {
    return post("/api/supervision/urges")
        .with(caller)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  @Test
  void anUrgeIsCreatedWhereItCanBeFound() throws Exception {
    given(urges.urge("a-1", "请尽快受理"))
        .willReturn(
            new UrgeResponse(
                7,
                "a-1",
                "YZ1",
                "测试事项",
                "planning",
                "supervisor",
                OffsetDateTime.parse("2026-03-02T09:00:00+08:00"),
                "请尽快受理",
                null,
                null,
                null));

    mvc.perform(urge(supervisor(), "{\"applicationId\":\"a-1\",\"reason\":\"请尽快受理\"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/supervision/urges/7"))
        .andExpect(jsonPath("$.urgedAt").value("2026-03-02T09:00:00+08:00"))
        .andExpect(jsonPath("$.feedback").doesNotExist());
  }

  @Test
  void urgingNeedsAReason() throws Exception {
    mvc.perform(urge(supervisor(), "{\"applicationId\":\"a-1\",\"reason\":\"\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(detail("提交的内容有误：reason"))
        .andExpect(jsonPath("$.errors.reason").exists());
    mvc.perform(urge(supervisor(), "{\"applicationId\":\"a-1\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"));
    mvc.perform(urge(supervisor(), "{\"reason\":\"请尽快受理\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(detail("提交的内容有误：applicationId"));
    mvc.perform(
            urge(
                supervisor(),
                "{\"applicationId\":\"a-1\",\"reason\":\"" + "催".repeat(2001) + "\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"));

    verifyNoInteractions(urges);
  }

  @Test
  void onlySupervisorsUrge() throws Exception {
    mvc.perform(urge(clerk("planning", "accept"), "{\"applicationId\":\"a-1\",\"reason\":\"x\"}"))
        .andExpect(problem(HttpStatus.FORBIDDEN, "FORBIDDEN"));

    verifyNoInteractions(urges);
  }

  @Test
  void anUnknownOrFinishedApplicationIsRefused() throws Exception {
    given(urges.urge("no-such-application", "x"))
        .willThrow(ProblemException.notFound("APPLICATION_NOT_FOUND", "no-such-application"));
    given(urges.urge("a-1", "x"))
        .willThrow(ProblemException.conflict("APPLICATION_FINISHED", "YZ1"));

    mvc.perform(urge(supervisor(), "{\"applicationId\":\"no-such-application\",\"reason\":\"x\"}"))
        .andExpect(problem(HttpStatus.NOT_FOUND, "APPLICATION_NOT_FOUND"));
    mvc.perform(urge(supervisor(), "{\"applicationId\":\"a-1\",\"reason\":\"x\"}"))
        .andExpect(problem(HttpStatus.CONFLICT, "APPLICATION_FINISHED"));
  }

  @Test
  void feedbackNeedsItsTextAndComesFromTheDepartment() throws Exception {
    mvc.perform(
            post("/api/urges/7/feedback")
                .with(clerk("planning", "accept"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"feedback\":\" \"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors.feedback").exists());
    mvc.perform(
            post("/api/urges/seven/feedback")
                .with(clerk("planning", "accept"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"feedback\":\"已办理\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"));
    mvc.perform(
            post("/api/urges/7/feedback")
                .with(supervisor())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"feedback\":\"已办理\"}"))
        .andExpect(problem(HttpStatus.FORBIDDEN, "FORBIDDEN"));
    mvc.perform(get("/api/supervision/urges?size=0").with(supervisor()))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PAGE_SIZE_INVALID"));

    verifyNoInteractions(urges);
  }

  @Test
  void answeringTwiceNamesWhoAnswered() throws Exception {
    given(urges.answer(7, "已办理"))
        .willThrow(ProblemException.conflict("URGE_ALREADY_ANSWERED", "clerk2"));

    mvc.perform(
            post("/api/urges/7/feedback")
                .with(clerk("planning", "accept"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"feedback\":\"已办理\"}"))
        .andExpect(problem(HttpStatus.CONFLICT, "URGE_ALREADY_ANSWERED"))
        .andExpect(detail("该督办已由 clerk2 书面反馈，不能重复反馈。"));
  }
}
