package org.yingzai.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.Properties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;

/**
 * The comparator of the throughput benchmark: a Camunda engine with nothing of ours, on a database
 * of its own on the same server, with the same history level, isolation, pool size and driver
 * settings as the service hall. One application is one instance of {@code three-user-tasks}: start
 * it, then for each task look it up by candidate group and business key, claim it and complete it.
 */
final class RawCamunda implements AutoCloseable {

  static final String PROCESS = "three-user-tasks";
  private static final String[] STEPS = {"accept", "review", "decide"};
  private static final String DEPARTMENT = "raw";

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;

  RawCamunda(
      String jdbcUrl, String username, String password, int poolSize, Properties driverSettings) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbcUrl);
    pool.setDataSourceProperties(driverSettings);
    pool.setUsername(username);
    pool.setPassword(password);
    pool.setMaximumPoolSize(poolSize);
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    pool.setPoolName("raw-camunda");
    dataSource = new HikariDataSource(pool);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("raw-camunda");
    configuration.setDataSource(dataSource);
    configuration.setDatabaseType("mysql");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setCmmnEnabled(false);
    configuration.setStandaloneTasksEnabled(false);
    configuration.setMetricsEnabled(false);
    engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("benchmark/" + PROCESS + ".bpmn")
        .enableDuplicateFiltering(true)
        .deploy();
  }

  /** The history level the engine really runs at, as the service hall's is checked. */
  String historyLevel() {
    return ((StandaloneProcessEngineConfiguration) engine.getProcessEngineConfiguration())
        .getHistoryLevel()
        .getName();
  }

  /** Takes one instance from its start through the three tasks to its end. */
  void approve(String businessKey) {
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(PROCESS, businessKey, Map.of("departmentCode", DEPARTMENT));
    TaskService tasks = engine.getTaskService();
    for (String step : STEPS) {
      Task task =
          tasks
              .createTaskQuery()
              .taskCandidateGroup(DEPARTMENT + ":" + step)
              .processInstanceBusinessKey(businessKey)
              .singleResult();
      if (task == null || !step.equals(task.getTaskDefinitionKey())) {
        throw new IllegalStateException("No " + step + " task for " + businessKey);
      }
      tasks.claim(task.getId(), step + "-clerk");
      tasks.complete(task.getId());
    }
  }

  /** How many instances have ended, from the history, to check that every run did its work. */
  long finished() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
