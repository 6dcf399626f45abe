package org.yingzai.identity;

/** A handling department (e.g. {@code planning} 规划建设局). */
public record Department(String code, String name) {}
