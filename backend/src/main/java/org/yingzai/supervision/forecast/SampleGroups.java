package org.yingzai.supervision.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.shared.Times;
import org.yingzai.supervision.forecast.HistorySimulation.Case;
import org.yingzai.supervision.forecast.HistorySimulation.Item;
import org.yingzai.supervision.forecast.HistorySimulation.Pause;
import org.yingzai.supervision.forecast.HistorySimulation.Task;
import org.yingzai.supervision.forecast.HistoryWriter.ItemFacts;

/**
 * SAMPLE DATA of the sample history: finished start-up bundles (企业开办一件事) and construction projects
 * that passed their stages one after another, each member application handled as the history's own
 * are. Planned first, so that the members are written with the history's applications; then linked
 * to their bundles and stages once their ids are known.
 */
final class SampleGroups {

  static final String START_UP_BUNDLE = "YJS-START";

  private static final String[] PROJECT_TYPES = {
    "INDUSTRIAL", "SOCIAL_BUILDING", "INDUSTRIAL", "GOVERNMENT_BUILDING", "LINEAR"
  };
  private static final String[] PROJECT_NAMES = {
    "新材料产业园标准化厂房项目", "高新区人才公寓项目", "智能制造装备研发中心项目", "高新区便民服务中心业务用房项目", "创新路东延道路工程"
  };

  private final JdbcTemplate jdbc;
  private final WorkingDays days;
  private final Random random;
  private final Map<String, ItemFacts> facts;
  private final List<Case> cases = new ArrayList<>();
  private final List<BundleRun> bundles = new ArrayList<>();
  private final List<ProjectRun> projects = new ArrayList<>();

  /** One member application planned: its case's place among the planned cases. */
  record Member(int index, Instant supplementAsked, Instant supplementAnswered) {}

  record BundleRun(
      String code, int promisedLimit, int legalLimit, Instant submitted, List<Member> members) {}

  record StageRun(
      String stage, int promisedLimit, int legalLimit, Instant submitted, List<Member> members) {}

  record ProjectRun(
      String code,
      String name,
      String type,
      Instant created,
      List<StageRun> finished,
      List<String> stages) {}

  /** A stage of the catalogue with its items for each project type. */
  private record StageEntry(
      String stage, int promisedLimit, int legalLimit, Map<String, List<Item>> itemsByType) {}

  SampleGroups(JdbcTemplate jdbc, WorkingDays days, long seed, Map<String, ItemFacts> facts) {
    this.jdbc = jdbc;
    this.days = days;
    this.random = new Random(seed);
    this.facts = facts;
  }

  /** The member applications planned, in the order {@link #link} expects their ids. */
  List<Case> cases() {
    return cases;
  }

  /** Plans bundles submitted on the working days of the period and projects started in it. */
  SampleGroups plan(LocalDate first, LocalDate last) {
    planBundles(first, last);
    planProjects(first, last);
    return this;
  }

  // about one start-up bundle a working day until three working days before the end
  private void planBundles(LocalDate first, LocalDate last) {
    List<Item> items =
        items(
            "SELECT i.code, i.name, i.department_code, i.promised_limit, i.legal_limit,"
                + " i.max_extension, i.handling_type FROM bundle_item bi"
                + " JOIN service_item i ON i.code = bi.item_code"
                + " WHERE bi.bundle_code = ? ORDER BY bi.position",
            START_UP_BUNDLE);
    List<Integer> limits =
        jdbc.query(
            "SELECT promised_limit FROM bundle WHERE code = ?",
            (rs, n) -> rs.getInt(1),
            START_UP_BUNDLE);
    if (items.isEmpty() || limits.isEmpty()) {
      return;
    }
    int legal = items.stream().mapToInt(i -> facts.get(i.code()).legalLimit()).max().orElse(0);
    LocalDate end = last;
    for (int back = 0; back < 3; ) {
      end = end.minusDays(1);
      back += days.isWorkingDay(end) ? 1 : 0;
    }
    for (LocalDate day = first; !day.isAfter(end); day = day.plusDays(1)) {
      if (!days.isWorkingDay(day)) {
        continue;
      }
      int count = random.nextDouble() < 0.3 ? 0 : random.nextDouble() < 0.8 ? 1 : 2;
      for (int n = 0; n < count; n++) {
        Instant submitted = at(day, minutes(9 * 60, 15 * 60));
        // now and then one department asks for something more, answered the next working day
        int asking = random.nextDouble() < 0.12 ? random.nextInt(items.size()) : -1;
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          members.add(member(items.get(i), submitted, 0, i == asking ? 1 : 0));
        }
        bundles.add(new BundleRun(START_UP_BUNDLE, limits.get(0), legal, submitted, members));
      }
    }
  }

  // a project every working week over the first three fifths of the period; each stage
  // submitted a few working days after the one before finished, as long as it finishes by the end
  private void planProjects(LocalDate first, LocalDate last) {
    List<StageEntry> stages = stageEntries();
    if (stages.isEmpty()) {
      return;
    }
    LocalDate lastStart = first.plusDays((long) (0.6 * (last.toEpochDay() - first.toEpochDay())));
    int n = 0;
    for (LocalDate start = days.add(first, 2);
        !start.isAfter(lastStart);
        start = days.add(start, 5), n++) {
      String type = PROJECT_TYPES[n % PROJECT_TYPES.length];
      List<StageRun> finished = new ArrayList<>();
      LocalDate submitDay = days.add(start, 1 + random.nextInt(3));
      for (StageEntry entry : stages) {
        List<Item> items = entry.itemsByType().getOrDefault(type, List.of());
        if (items.isEmpty()) {
          break;
        }
        Instant submitted = at(submitDay, minutes(9 * 60, 16 * 60));
        int plannedFrom = cases.size();
        List<Member> members = new ArrayList<>();
        for (Item item : items) {
          int limit = Math.min(entry.promisedLimit(), Math.max(1, item.promisedLimit()));
          int review = 1 + random.nextInt(Math.max(1, (int) (limit * 0.7)));
          int supplement = random.nextDouble() < 0.2 ? 2 + random.nextInt(4) : 0;
          members.add(member(item, submitted, review, supplement));
        }
        Instant done =
            members.stream()
                .map(m -> cases.get(m.index()).finished())
                .max(Instant::compareTo)
                .get();
        if (!LocalDate.ofInstant(done, Times.ZONE).isBefore(last)) {
          // not finished by the end: this stage stays open, unsubmitted
          cases.subList(plannedFrom, cases.size()).clear();
          break;
        }
        finished.add(
            new StageRun(
                entry.stage(), entry.promisedLimit(), entry.legalLimit(), submitted, members));
        submitDay = days.add(LocalDate.ofInstant(done, Times.ZONE), 2 + random.nextInt(5));
      }
      projects.add(
          new ProjectRun(
              String.format("%d-370571-%02d-03-%06d", start.getYear(), 47 + n % 3, 900_100 + n),
              "（样例）" + PROJECT_NAMES[n % PROJECT_NAMES.length],
              type,
              at(start, LocalTime.of(10, 0)),
              finished,
              stages.stream().map(StageEntry::stage).toList()));
    }
  }

  private List<StageEntry> stageEntries() {
    List<String[]> entries =
        jdbc.query(
            "SELECT stage, promised_limit, legal_limit FROM project_stage_entry ORDER BY position",
            (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    List<StageEntry> stages = new ArrayList<>();
    for (String[] entry : entries) {
      Map<String, List<Item>> byType = new HashMap<>();
      for (String type : PROJECT_TYPES) {
        byType.computeIfAbsent(
            type,
            t ->
                items(
                    "SELECT i.code, i.name, i.department_code, i.promised_limit, i.legal_limit,"
                        + " i.max_extension, i.handling_type FROM project_stage_item si"
                        + " JOIN project_stage_item_type st ON st.stage = si.stage"
                        + " AND st.item_code = si.item_code AND st.project_type = ?"
                        + " JOIN service_item i ON i.code = si.item_code"
                        + " WHERE si.stage = ? ORDER BY si.position",
                    t,
                    entry[0]));
      }
      stages.add(
          new StageEntry(entry[0], Integer.parseInt(entry[1]), Integer.parseInt(entry[2]), byType));
    }
    return stages;
  }

  private List<Item> items(String sql, Object... args) {
    return jdbc.query(
        sql,
        (rs, n) -> {
          facts.put(rs.getString("code"), ItemFacts.read(rs));
          return Item.of(
              rs.getString("code"),
              rs.getString("department_code"),
              rs.getInt("promised_limit"),
              0);
        },
        args);
  }

  /**
   * One member: accepted within hours of the submission, reviewed after {@code reviewDays} working
   * days (the same day for 0), sent back for a supplement answered {@code supplementDays} working
   * days later when that is above 0, then approved within hours.
   */
  private Member member(Item item, Instant submitted, int reviewDays, int supplementDays) {
    Instant accepted = submitted.plusSeconds(60L * (20 + random.nextInt(100)));
    LocalDate acceptedOn = LocalDate.ofInstant(accepted, Times.ZONE);
    Instant reviewed =
        reviewDays == 0
            ? accepted.plusSeconds(60L * (30 + random.nextInt(90)))
            : at(days.add(acceptedOn, reviewDays), minutes(9 * 60, 16 * 60));
    List<Task> tasks = new ArrayList<>();
    List<Pause> pauses = new ArrayList<>();
    tasks.add(new Task("accept", submitted, accepted, "ACCEPT"));
    Instant asked = null;
    Instant answered = null;
    Instant passed = reviewed;
    if (supplementDays > 0) {
      asked = reviewed;
      answered =
          at(
              days.add(LocalDate.ofInstant(asked, Times.ZONE), supplementDays),
              minutes(9 * 60, 15 * 60));
      tasks.add(new Task("review", accepted, asked, "REQUEST_SUPPLEMENT"));
      tasks.add(new Task("supplementDuringReview", asked, answered, "SUPPLEMENTED"));
      pauses.add(new Pause("SUPPLEMENT", asked, answered));
      passed = answered.plusSeconds(60L * (40 + random.nextInt(120)));
      tasks.add(new Task("review", answered, passed, "PASS"));
    } else {
      tasks.add(new Task("review", accepted, reviewed, "PASS"));
    }
    Instant decided = passed.plusSeconds(60L * (20 + random.nextInt(90)));
    tasks.add(new Task("decide", passed, decided, "APPROVE"));
    cases.add(new Case(item, submitted, accepted, tasks, pauses, decided, false));
    return new Member(cases.size() - 1, asked, answered);
  }

  /** Writes the bundles and projects of the sample enterprise, their members' ids given. */
  void link(List<String> ids, long enterpriseId, String actor) {
    new SampleGroupRows(jdbc, days, cases, bundles, projects).write(ids, enterpriseId, actor);
  }

  private LocalTime minutes(int from, int to) {
    int m = from + random.nextInt(to - from);
    return LocalTime.of(m / 60, m % 60);
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(Times.ZONE).toInstant();
  }
}
