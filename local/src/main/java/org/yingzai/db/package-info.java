/**
 * The local profile: the embedded MariaDB launcher shared by the service hall's embedded default
 * and the tests, and the demo data. Kept out of the production jar.
 */
package org.yingzai.db;
