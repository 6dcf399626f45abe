package org.yingzai.applications;

import java.util.List;

/**
 * The documents issued for an application (办理结果), as its page shows them; implemented by the module
 * that issues them, so that this module does not depend on it.
 */
public interface IssuedResults {

  /** The application's documents, oldest first. */
  List<IssuedResult> of(String applicationId);
}
