package org.yingzai.identity;

/** A town service station where applications are handled nearby (就近办理). */
public record Station(String code, String name, String town) {}
