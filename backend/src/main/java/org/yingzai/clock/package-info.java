/**
 * The legal clock: the working-day calendar, the deadlines counted on it, and the warning levels
 * that the legal clock process's timers change (DESIGN.md §5).
 */
package org.yingzai.clock;
