/** Types every module may use: problem responses, pages, time. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.yingzai.shared;

import org.springframework.modulith.ApplicationModule;
