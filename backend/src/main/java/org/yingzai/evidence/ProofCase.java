package org.yingzai.evidence;

import org.yingzai.applications.ApplicationSummary;
import org.yingzai.catalog.ServiceItem;

/** An application whose proofs a use case of this module works on, with its item. */
record ProofCase(ApplicationSummary application, ServiceItem item) {

  String applicationId() {
    return application.id();
  }
}
