/** Users, enterprises, departments, stations, roles and duties, and the login policy. */
package org.yingzai.identity;
