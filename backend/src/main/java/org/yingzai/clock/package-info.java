/** The legal clock: the working-day calendar and the deadlines counted on it (DESIGN.md §5). */
package org.yingzai.clock;
