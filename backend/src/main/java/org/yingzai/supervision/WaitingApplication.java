package org.yingzai.supervision;

import java.time.OffsetDateTime;
import org.yingzai.clock.WarningLevel;

/** An application waiting at a task of the approval path, longest waiting first. */
record WaitingApplication(
    String id,
    String number,
    String itemCode,
    String itemName,
    String departmentCode,
    String departmentName,
    OffsetDateTime waitingSince,
    WarningLevel stepLevel,
    WarningLevel warningLevel) {}
