/**
 * Construction projects (工程建设项目) approved by stages (国办发〔2019〕11号): the four stages' catalogue
 * entries, each stage's one form, one set of materials and one submission approved by several
 * departments in parallel, the stage's own clock, and key projects on the green channel.
 */
package org.yingzai.projects;
