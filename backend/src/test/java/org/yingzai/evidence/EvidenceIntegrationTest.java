package org.yingzai.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.catalog.Catalog;
import org.yingzai.identity.Enterprises;
import org.yingzai.support.Hall;
import org.yingzai.support.Journeys;
import org.yingzai.support.WithHall;

/**
 * The whole service hall over HTTP with a {@link Hall} of the class's own, and the fixtures of the
 * certificate-free flow.
 */
@WithHall
abstract class EvidenceIntegrationTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired Enterprises enterprises;
  @Autowired Catalog catalog;

  Hall hall;
  Journeys journeys;
  EvidenceFixtures fixtures;

  @BeforeEach
  void setUpFixtures() {
    fixtures = new EvidenceFixtures(jdbc, enterprises, catalog, journeys);
  }
}
