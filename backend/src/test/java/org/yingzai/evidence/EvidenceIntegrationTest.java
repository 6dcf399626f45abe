package org.yingzai.evidence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.catalog.Catalog;
import org.yingzai.identity.Enterprises;
import org.yingzai.support.EngineTime;
import org.yingzai.support.IntegrationTest;
import org.yingzai.support.Journeys;

/** The whole service hall over HTTP, with the fixtures of the certificate-free flow. */
@IntegrationTest
abstract class EvidenceIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired Enterprises enterprises;
  @Autowired Catalog catalog;

  Journeys journeys;
  EvidenceFixtures fixtures;

  @BeforeEach
  void setUpFixtures() {
    journeys = new Journeys(http);
    fixtures = new EvidenceFixtures(jdbc, enterprises, catalog, journeys);
  }

  @AfterEach
  void resetTime() {
    EngineTime.reset();
  }
}
