package org.yingzai.clock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yingzai.support.Callers.admin;
import static org.yingzai.support.Callers.clerk;
import static org.yingzai.support.Callers.enterprise;
import static org.yingzai.support.Callers.supervisor;
import static org.yingzai.support.Problems.detail;
import static org.yingzai.support.Problems.problem;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yingzai.support.WebSliceTest;

/** The calendar's parameters and the administrators' requests, and how bad ones are refused. */
@WebSliceTest
class CalendarControllerWebTest {

  private static final String YEAR_PATH = "/api/admin/calendar/years/2031";

  @Autowired MockMvc mvc;
  @Autowired WorkingCalendar workingCalendar;
  @Autowired CalendarService calendar;

  private void refuses(String path, String code) throws Exception {
    mvc.perform(get(path)).andExpect(problem(HttpStatus.BAD_REQUEST, code));
  }

  @Test
  void refusesAMissingOrInvalidDate() throws Exception {
    refuses("/api/calendar/deadline?limit=5", "PARAMETER_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=&limit=5", "PARAMETER_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=2026-02-30&limit=5", "PARAMETER_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=13/02/2026&limit=5", "PARAMETER_INVALID");
    refuses("/api/calendar/working-days?from=2026-02-01", "PARAMETER_INVALID");
    refuses("/api/calendar/working-days?from=yesterday&to=2026-02-01", "PARAMETER_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=1899-12-31&limit=5", "DATE_OUT_OF_RANGE");
    refuses("/api/calendar/working-days?from=1899-12-31&to=1900-01-05", "DATE_OUT_OF_RANGE");

    verifyNoInteractions(workingCalendar);
  }

  @Test
  void refusesANegativeOrAbsurdLimit() throws Exception {
    refuses("/api/calendar/deadline?acceptedOn=2026-02-13", "PARAMETER_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=2026-02-13&limit=-1", "LIMIT_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=2026-02-13&limit=3651", "LIMIT_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=2026-02-13&limit=99999999999", "PARAMETER_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=2026-02-13&limit=five", "PARAMETER_INVALID");
    refuses("/api/calendar/deadline?acceptedOn=2026-02-13&limit=5&unit=HOURS", "PARAMETER_INVALID");
    verifyNoInteractions(workingCalendar);

    given(workingCalendar.deadline(any(), anyInt(), any()))
        .willReturn(new Deadline(OffsetDateTime.parse("2040-12-31T23:59:59+08:00"), true));
    mvc.perform(get("/api/calendar/deadline?acceptedOn=2026-02-13&limit=3650"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deadline").value("2040-12-31T23:59:59+08:00"))
        .andExpect(jsonPath("$.provisional").value(true));
  }

  @Test
  void refusesARangeOfMoreThanTenYears() throws Exception {
    refuses("/api/calendar/working-days?from=2026-01-01&to=2036-01-02", "DATE_RANGE_TOO_LONG");

    verifyNoInteractions(workingCalendar);
  }

  @Test
  void explainsARefusalInChineseOrEnglish() throws Exception {
    mvc.perform(get("/api/calendar/deadline?acceptedOn=2026-02-13&limit=-1"))
        .andExpect(detail("时限须在 0 到 3650 天之间（收到 -1）。"));
    mvc.perform(
            get("/api/calendar/working-days?from=2026-01-01&to=2040-01-01")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(
            detail(
                "From 2026-01-01 to 2040-01-01 is more than 10 years; ask for a shorter range."));
  }

  @Test
  void refusesAnUnreadableYear() throws Exception {
    refuses("/api/calendar/years/two", "PARAMETER_INVALID");
  }

  private static MockHttpServletRequestBuilder publish(RequestPostProcessor caller, String body) {
    return put(YEAR_PATH).with(caller).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void aPublicationNeedsItsSourceAndItsDays() throws Exception {
    mvc.perform(publish(admin(), "{\"days\":[]}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(detail("提交的内容有误：source"))
        .andExpect(jsonPath("$.errors.source").exists());
    mvc.perform(publish(admin(), "{\"source\":\"测试\"}"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED"))
        .andExpect(jsonPath("$.errors.days").exists());
    mvc.perform(publish(admin(), "{\"source\":\" \",\"days\":[]}").header("Accept-Language", "en"))
        .andExpect(detail("The request has invalid fields: source"));
    mvc.perform(publish(admin(), "{not json"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "BODY_UNREADABLE"));

    verifyNoInteractions(calendar);
  }

  @Test
  void theChangesArePagedWithinTheLimits() throws Exception {
    mvc.perform(get("/api/admin/calendar/changes?size=101").with(admin()))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PAGE_SIZE_INVALID"));
    mvc.perform(get("/api/admin/calendar/changes?year=next").with(admin()))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"));

    verifyNoInteractions(calendar);
  }

  @Test
  void onlyAdministratorsMaintainTheCalendar() throws Exception {
    for (RequestPostProcessor caller :
        List.of(supervisor(), clerk("planning", "accept"), enterprise(1))) {
      mvc.perform(publish(caller, "{\"source\":\"测试\",\"days\":[]}"))
          .andExpect(problem(HttpStatus.FORBIDDEN, "FORBIDDEN"));
      mvc.perform(delete("/api/admin/calendar/years/2026").with(caller))
          .andExpect(status().isForbidden());
      mvc.perform(get("/api/admin/calendar/changes").with(caller))
          .andExpect(status().isForbidden());
    }
    mvc.perform(put(YEAR_PATH)).andExpect(problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"));
    mvc.perform(get("/api/admin/calendar/changes")).andExpect(status().isUnauthorized());

    verifyNoInteractions(calendar);
  }
}
