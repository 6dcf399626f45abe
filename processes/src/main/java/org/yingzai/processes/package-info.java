/** The BPMN process models of the service hall, with their element ids and variable names. */
package org.yingzai.processes;
