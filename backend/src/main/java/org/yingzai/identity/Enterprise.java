package org.yingzai.identity;

/** A market entity (市场主体), identified by its unified social credit code. */
public record Enterprise(long id, String creditCode, String name, String legalRepresentative) {}
