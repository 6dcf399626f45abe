package org.yingzai.identity.internal;

/** A row of {@code user_duty}: one duty a clerk holds in their department. */
public record UserDuty(String username, String duty) {}
