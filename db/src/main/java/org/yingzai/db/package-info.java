/** The embedded MariaDB launcher shared by the service hall's embedded default and the tests. */
package org.yingzai.db;
