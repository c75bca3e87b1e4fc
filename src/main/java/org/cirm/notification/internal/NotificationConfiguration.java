package org.cirm.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is swept on a schedule for messages waiting for another attempt. */
@Configuration
@EnableScheduling
class NotificationConfiguration {

}
