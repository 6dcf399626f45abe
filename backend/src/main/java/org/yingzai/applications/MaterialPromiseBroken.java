package org.yingzai.applications;

import java.time.Instant;

/**
 * A material an application was accepted without (容缺受理) did not come by the end of its promised
 * day: the result stays withheld. Published inside the transaction that recorded it.
 */
public record MaterialPromiseBroken(
    String applicationId,
    String number,
    long enterpriseId,
    String materialCode,
    String materialName,
    Instant dueAt) {}
