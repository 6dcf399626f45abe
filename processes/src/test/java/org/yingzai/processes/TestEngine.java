package org.yingzai.processes;

import java.sql.Connection;
import java.util.Properties;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.yingzai.db.EmbeddedMariaDb;

/**
 * One process engine per test JVM, on the embedded MariaDB, or on the database named by {@code
 * SPRING_DATASOURCE_URL} when the suite runs against an external MySQL. Delegate beans are
 * registered by the tests with {@link org.camunda.bpm.engine.test.mock.Mocks}.
 */
final class TestEngine {

  private static final String DRIVER = "com.mysql.cj.jdbc.Driver";
  private static ProcessEngine engine;

  private TestEngine() {}

  static synchronized ProcessEngine get() {
    if (engine == null) {
      StandaloneProcessEngineConfiguration configuration = configuration("default");
      configuration.setExpressionManager(new MockExpressionManager());
      engine = configuration.buildProcessEngine();
    }
    return engine;
  }

  /** The configuration of an engine on the process tests' database; building it is the caller's. */
  static StandaloneProcessEngineConfiguration configuration(String name) {
    String url = System.getenv("SPRING_DATASOURCE_URL");
    String username;
    String password;
    if (url == null || url.isBlank()) {
      EmbeddedMariaDb server = EmbeddedMariaDb.start(null);
      url = server.createDatabase("process_tests");
      username = EmbeddedMariaDb.USERNAME;
      password = server.password();
    } else {
      username = System.getenv("SPRING_DATASOURCE_USERNAME");
      password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
    }
    PooledDataSource dataSource = new PooledDataSource(DRIVER, url, username, password);
    // Camunda refuses MySQL's default REPEATABLE READ
    dataSource.setDefaultTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);
    // the engine's batches as the service hall's pool sends them (its data-source properties)
    Properties driver = new Properties();
    driver.setProperty("rewriteBatchedStatements", "true");
    dataSource.setDriverProperties(driver);

    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration
        .setProcessEngineName(name)
        .setDataSource(dataSource)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .setDbMetricsReporterActivate(false);
    configuration.setCmmnEnabled(false);
    configuration.setStandaloneTasksEnabled(false);
    return configuration;
  }
}
